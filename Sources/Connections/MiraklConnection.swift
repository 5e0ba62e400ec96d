import AsyncHTTPClient
import Logging
import Mirakl
import RemoteCalls
import Settings

/// Builds the Mirakl client the environment configures, held to the configuration's limits.
package enum MiraklConnection {
    /// Nil without any `MIRAKL_*` variable (the program works from dropped files only); an error naming the missing
    /// variables when only some are set, so that a half-done set-up is never mistaken for "no Mirakl".
    package static func client(
        environment: [String: String], httpClient: HTTPClient, settings: Settings, logger: Logger
    ) throws(MiraklSetupError) -> MiraklClient? {
        switch MiraklAccount.configuration(environment: environment) {
        case .absent:
            return nil
        case .incomplete(let missing):
            throw MiraklSetupError(missing: missing)
        case .configured(let account):
            let limits = settings.mirakl
            let connection = RemoteConnection(
                httpClient: httpClient, callTimeout: .milliseconds(Int(settings.posting.callTimeoutSeconds * 1000)),
                callGate: CallGate(maxInFlight: limits.maxCallsInFlight, maxPerSecond: limits.maxCallsPerSecond),
                logger: logger)
            return MiraklClient(
                account: account, connection: connection, budget: MiraklCallBudget(limit: limits.maxCallsPerRun))
        }
    }
}

/// Some `MIRAKL_*` variables are set, not all that are needed.
package struct MiraklSetupError: Error, Sendable, CustomStringConvertible {
    package var missing: [String]
    package var description: String {
        "Mirakl is only partly configured: set \(missing.joined(separator: ", ")) in the environment "
            + "(or unset every MIRAKL_* variable to work from dropped files only)"
    }
}
