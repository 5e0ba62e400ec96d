/// Why a call to a remote API (a carrier, Mirakl) failed, and what the caller should do about it.
package struct CallError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Kind: String, Sendable, Equatable {
        /// Worth trying again later: timeout, connection lost, HTTP 5xx or 429, a "try later" fault.
        case transient
        /// This request will never succeed as it is (a carrier rejects the address): fail the order.
        case permanent
        /// The API as a whole cannot be used (bad credentials, unknown agency): stop calling it.
        case unavailable
    }

    package var kind: Kind
    /// Who was called: a carrier's code (`tipsa`) or `mirakl`.
    package var service: String
    /// The API's own error code where it gives one (TIPSA's fault number), else empty.
    package var code: String
    /// A message a person can act on.
    ///
    /// Never holds a credential.
    package var message: String
    /// Seconds the API asked us to wait before trying again (HTTP `Retry-After`).
    package var retryAfterSeconds: Double?

    package init(kind: Kind, service: String, code: String = "", message: String, retryAfterSeconds: Double? = nil) {
        self.kind = kind
        self.service = service
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    package var isTransient: Bool { kind == .transient }

    package var description: String {
        code.isEmpty ? "\(service): \(message)" : "\(service): \(code): \(message)"
    }
}
