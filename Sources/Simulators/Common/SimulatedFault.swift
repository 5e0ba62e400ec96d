/// What a faulty call to a simulator gets instead of a good answer.
///
/// Every simulator knows every kind; the carrier-level ones are worded in that carrier's own terms.
package enum SimulatedFault: Sendable, Equatable, CustomStringConvertible {
    /// The carrier's own "try later" (TIPSA SOAP fault 99, OnTime `resultado: KO` with a temporary error).
    case carrierTransient
    /// The carrier's own "this request is wrong as it is" (TIPSA fault 41, OnTime's invalid postcode).
    case carrierPermanent
    /// HTTP 500 with an empty body.
    case http500
    /// HTTP 503 with an empty body.
    case http503
    /// HTTP 429 with `Retry-After: seconds`.
    case tooManyRequests(retryAfterSeconds: Int)
    /// HTTP 200 with a body that is neither XML nor JSON.
    case malformedBody
    /// No answer for the simulator's hang duration (longer than clients wait).
    case hang
    /// The connection is closed before anything is done.
    case connectionReset
    /// A create is booked, then the connection is closed without an answer: the client cannot know it succeeded.
    /// Other calls get `connectionReset`.
    case acceptThenDrop

    /// One of each kind, for soak tests.
    package static let everyKind: [SimulatedFault] = [
        .carrierTransient, .carrierPermanent, .http500, .http503, .tooManyRequests(retryAfterSeconds: 1),
        .malformedBody, .hang, .connectionReset, .acceptThenDrop,
    ]

    /// Parses the names `simulate --fault` takes (`http503`, `too-many-requests`, `accept-then-drop`, …).
    package init?(name: String) {
        switch name {
        case "carrier-transient": self = .carrierTransient
        case "carrier-permanent": self = .carrierPermanent
        case "http500": self = .http500
        case "http503": self = .http503
        case "too-many-requests": self = .tooManyRequests(retryAfterSeconds: 1)
        case "malformed-body": self = .malformedBody
        case "hang": self = .hang
        case "connection-reset": self = .connectionReset
        case "accept-then-drop": self = .acceptThenDrop
        default: return nil
        }
    }

    package var description: String {
        switch self {
        case .carrierTransient: "carrier-transient"
        case .carrierPermanent: "carrier-permanent"
        case .http500: "http500"
        case .http503: "http503"
        case .tooManyRequests: "too-many-requests"
        case .malformedBody: "malformed-body"
        case .hang: "hang"
        case .connectionReset: "connection-reset"
        case .acceptThenDrop: "accept-then-drop"
        }
    }
}
