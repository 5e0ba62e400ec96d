import AsyncHTTPClient
import Domain
import Logging
import RemoteCalls

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
    func makeClient(environment: [String: String], connection: RemoteConnection) -> any CarrierClient
}
