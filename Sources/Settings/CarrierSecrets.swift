/// Carrier endpoints and credentials, read from the environment only (SPEC §7).
public struct CarrierSecrets: Sendable, Equatable {
    public struct TIPSA: Sendable, Equatable {
        public var url: String
        public var agency: String
        public var client: String
        public var password: String

        public init(url: String, agency: String, client: String, password: String) {
            self.url = url
            self.agency = agency
            self.client = client
            self.password = password
        }
    }

    /// nil when the environment does not configure TIPSA.
    public var tipsa: TIPSA?

    public init(tipsa: TIPSA?) {
        self.tipsa = tipsa
    }

    /// Reads the variables; a carrier is configured when all its variables are set and not empty.
    /// Returns the names of variables missing for a carrier that is only partly configured.
    public static func fromEnvironment(_ environment: [String: String]) -> (CarrierSecrets, missing: [String]) {
        let names = ["TIPSA_URL", "TIPSA_AGENCY", "TIPSA_CLIENT", "TIPSA_PASSWORD"]
        let values = names.map { environment[$0] ?? "" }
        let missing = zip(names, values).filter { $0.1.isEmpty }.map(\.0)
        guard missing.isEmpty else {
            return (CarrierSecrets(tipsa: nil), missing.count == names.count ? [] : missing)
        }
        return (CarrierSecrets(tipsa: TIPSA(url: values[0], agency: values[1], client: values[2], password: values[3])), [])
    }
}
