import Foundation

/// The web-service user, password, client code and centre OnTime issues to a shipper.
package struct OnTimeAccount: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The centre every account seen in public client code ships from; OnTime answers `codigo_error` 4 when the user
    /// has no relation with the centre sent.
    package static let defaultCentre = "03"

    /// The HTTP Basic user (`ONTIME_USER`).
    package var user: String
    /// The HTTP Basic password (`ONTIME_PASSWORD`).
    ///
    /// Never printed.
    package var password: String
    /// `CLIENTE` / `CLIENTE_REMITENTE` in every body (`ONTIME_CLIENT`).
    package var client: String
    /// `CENTRO` / `CENTRO_REMITENTE` in every body.
    package var centre: String

    package init(user: String, password: String, client: String, centre: String = defaultCentre) {
        self.user = user
        self.password = password
        self.client = client
        self.centre = centre
    }

    /// The `Authorization` header value.
    var basicAuthorization: String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    package var description: String {
        "OnTimeAccount(user: \(user), password: <redacted>, client: \(client), centre: \(centre))"
    }
    package var debugDescription: String { description }
}
