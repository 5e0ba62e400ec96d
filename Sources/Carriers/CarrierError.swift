/// Why a carrier call failed, and what the caller should do about it.
package struct CarrierError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Kind: String, Sendable, Equatable {
        /// Worth trying again later: timeout, connection lost, HTTP 5xx or 429, a "try later" fault.
        case transient
        /// This request will never succeed as it is (the carrier rejects the address): fail the order.
        case permanent
        /// The carrier as a whole cannot be used (bad credentials, unknown agency): stop posting to it.
        case unavailable
    }

    package var kind: Kind
    /// The carrier's code (`tipsa`).
    package var carrierCode: String
    /// The carrier's own error code where it gives one (TIPSA's fault number), else empty.
    package var code: String
    /// A message a person can act on.
    ///
    /// Never holds a credential.
    package var message: String
    /// Seconds the carrier asked us to wait before trying again (HTTP `Retry-After`).
    package var retryAfterSeconds: Double?

    package init(kind: Kind, carrierCode: String, code: String = "", message: String, retryAfterSeconds: Double? = nil)
    {
        self.kind = kind
        self.carrierCode = carrierCode
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    package var isTransient: Bool { kind == .transient }

    package var description: String {
        code.isEmpty ? "\(carrierCode): \(message)" : "\(carrierCode): \(code): \(message)"
    }
}
