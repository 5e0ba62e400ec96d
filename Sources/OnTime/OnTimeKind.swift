import Carriers
import Domain
import RemoteCalls

/// OnTime as the pipeline registers it: `ONTIME_URL`, `ONTIME_USER`, `ONTIME_PASSWORD`, `ONTIME_CLIENT`; the centre
/// is `OnTimeAccount.defaultCentre`.
package struct OnTimeKind: CarrierKind {
    package init() {}

    package let code = "ontime"
    package let environmentVariables = ["ONTIME_URL", "ONTIME_USER", "ONTIME_PASSWORD", "ONTIME_CLIENT"]
    package let fieldLimits = FieldLimits.ontime

    package func makeClient(environment: [String: String], connection: RemoteConnection) -> any CarrierClient {
        OnTimeClient(
            baseURL: environment["ONTIME_URL"] ?? "",
            account: OnTimeAccount(
                user: environment["ONTIME_USER"] ?? "", password: environment["ONTIME_PASSWORD"] ?? "",
                client: environment["ONTIME_CLIENT"] ?? ""),
            httpClient: connection.httpClient, callTimeout: connection.callTimeout, callGate: connection.callGate,
            logger: connection.logger)
    }
}

extension FieldLimits {
    /// OnTime publishes no field lengths, so these are conservative guesses: no longer than TIPSA's (which are
    /// documented) and short enough for a 10 × 15 cm label line.
    ///
    /// `CLIENTE_REFERENCIA` 30 holds a Mirakl order id (`<shop>-<n>-A`); a longer id is rejected before posting rather
    /// than cut.
    package static let ontime = FieldLimits(
        reference: 30, name: 40, street: 60, city: 40, phone: 15, contact: 40, notes: 100)
}
