/// The agency, client and password TIPSA issues for its web service.
public struct TipsaCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The agency code (`strCodAge`, six digits, e.g. `000000`).
    public var agency: String
    /// The client code within the agency (`strCod`, e.g. `33333`).
    public var client: String
    /// The web-service password. Never printed.
    public var password: String

    public init(agency: String, client: String, password: String) {
        self.agency = agency
        self.client = client
        self.password = password
    }

    public var description: String { "TipsaCredentials(agency: \(agency), client: \(client), password: <redacted>)" }
    public var debugDescription: String { description }
}
