import Foundation

/// The web-service user, password, client code and centre OnTime issues to a shipper.
public struct OnTimeAccount: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The centre every account seen in public client code ships from; OnTime answers `codigo_error` 4 when the user
    /// has no relation with the centre sent.
    public static let defaultCentre = "03"

    /// The HTTP Basic user (`ONTIME_USER`).
    public var user: String
    /// The HTTP Basic password (`ONTIME_PASSWORD`). Never printed.
    public var password: String
    /// `CLIENTE` / `CLIENTE_REMITENTE` in every body (`ONTIME_CLIENT`).
    public var client: String
    /// `CENTRO` / `CENTRO_REMITENTE` in every body.
    public var centre: String

    public init(user: String, password: String, client: String, centre: String = defaultCentre) {
        self.user = user
        self.password = password
        self.client = client
        self.centre = centre
    }

    /// The `Authorization` header value.
    var basicAuthorization: String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    public var description: String {
        "OnTimeAccount(user: \(user), password: <redacted>, client: \(client), centre: \(centre))"
    }
    public var debugDescription: String { description }
}
