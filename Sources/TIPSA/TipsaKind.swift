import Carriers
import Domain
import RemoteCalls

/// TIPSA as the pipeline registers it: `TIPSA_URL`, `TIPSA_AGENCY`, `TIPSA_CLIENT`, `TIPSA_PASSWORD`.
package struct TipsaKind: CarrierKind {
    package init() {}

    package let code = "tipsa"
    package let environmentVariables = ["TIPSA_URL", "TIPSA_AGENCY", "TIPSA_CLIENT", "TIPSA_PASSWORD"]
    package let fieldLimits = FieldLimits.tipsa

    package func makeClient(environment: [String: String], connection: RemoteConnection) -> any CarrierClient {
        TipsaClient(
            baseURL: environment["TIPSA_URL"] ?? "",
            credentials: TipsaCredentials(
                agency: environment["TIPSA_AGENCY"] ?? "", client: environment["TIPSA_CLIENT"] ?? "",
                password: environment["TIPSA_PASSWORD"] ?? ""),
            httpClient: connection.httpClient, callTimeout: connection.callTimeout, callGate: connection.callGate,
            logger: connection.logger)
    }
}
