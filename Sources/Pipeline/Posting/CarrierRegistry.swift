import AsyncHTTPClient
import Carriers
import Domain
import Logging
import Settings
import TIPSA

/// The carriers this program can post to: a new carrier is one adapter folder and one entry here.
public enum CarrierRegistry {
    /// Field lengths of every known carrier, by code; routing may only name these.
    static let fieldLimits: [String: FieldLimits] = ["tipsa": .tipsa]

    /// The clients the environment configures, and for each known carrier it does not configure, why.
    public static func clients(
        secrets: CarrierSecrets, missing: [String], settings: Settings, httpClient: HTTPClient, logger: Logger
    ) -> (clients: [String: any CarrierClient], unconfigured: [String: String]) {
        var clients: [String: any CarrierClient] = [:]
        var unconfigured: [String: String] = [:]
        if let tipsa = secrets.tipsa {
            clients["tipsa"] = TipsaClient(
                baseURL: tipsa.url,
                credentials: TipsaCredentials(agency: tipsa.agency, client: tipsa.client, password: tipsa.password),
                httpClient: httpClient,
                callTimeout: .milliseconds(Int(settings.posting.callTimeoutSeconds * 1000)),
                logger: logger)
        } else {
            let names = missing.isEmpty ? "TIPSA_URL, TIPSA_AGENCY, TIPSA_CLIENT, TIPSA_PASSWORD" : missing.joined(separator: ", ")
            unconfigured["tipsa"] = "not configured: set \(names) in the environment"
        }
        return (clients, unconfigured)
    }
}
