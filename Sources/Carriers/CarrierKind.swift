import AsyncHTTPClient
import Domain
import Logging

/// A carrier this program can post to: how it is named, what it needs from the environment and how its client is made.
///
/// A new carrier is one adapter folder with one `CarrierKind`, registered in `CarrierRegistry` (the Connections
/// target).
package protocol CarrierKind: Sendable {
    /// The code in routing rules, the ledger and folder names (`tipsa`).
    var code: String { get }
    /// The environment variables holding its endpoint and credentials; all must be set
    /// (docs/reference/configuration.md).
    var environmentVariables: [String] { get }
    /// The longest value each field may hold at this carrier.
    var fieldLimits: FieldLimits { get }
    /// A client for the endpoint and credentials in `environment`, which holds every variable named above.
    func makeClient(environment: [String: String], connection: CarrierConnection) -> any CarrierClient
}

/// What a carrier client is given to make its calls: the HTTP client, the deadline of one call, the carrier's call
/// limits, the logger.
package struct CarrierConnection: Sendable {
    package var httpClient: HTTPClient
    package var callTimeout: Duration
    package var callGate: CallGate
    package var logger: Logger

    package init(httpClient: HTTPClient, callTimeout: Duration, callGate: CallGate, logger: Logger) {
        self.httpClient = httpClient
        self.callTimeout = callTimeout
        self.callGate = callGate
        self.logger = logger
    }
}
