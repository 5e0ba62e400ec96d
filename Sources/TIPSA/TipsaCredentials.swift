/// The agency, client and password TIPSA issues for its web service.
package struct TipsaCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The agency code (`strCodAge`, six digits such as `000000`).
    package var agency: String
    /// The client code within the agency (`strCod`, such as `33333`).
    package var client: String
    /// The web-service password.
    ///
    /// Never printed.
    package var password: String

    package init(agency: String, client: String, password: String) {
        self.agency = agency
        self.client = client
        self.password = password
    }

    package var description: String { "TipsaCredentials(agency: \(agency), client: \(client), password: <redacted>)" }
    package var debugDescription: String { description }
}
