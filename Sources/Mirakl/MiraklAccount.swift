/// Where the seller's Mirakl API is and how to be let in, from the environment only
/// (docs/reference/configuration.md): `MIRAKL_URL`, `MIRAKL_API_KEY`, and `MIRAKL_SHOP_ID` for a user with several
/// shops.
package struct MiraklAccount: Sendable {
    package static let requiredVariables = ["MIRAKL_URL", "MIRAKL_API_KEY"]

    /// The instance's base URL (`https://your-instance.mirakl.net`); a trailing `/api` is taken off, as the SDKs'
    /// users often write it.
    package var baseURL: String
    /// Sent as it is in `Authorization` (Mirakl wants the raw key, no `Bearer`).
    ///
    /// Never logged or printed.
    package var apiKey: String
    /// Sent as `shop_id` on every call when set.
    package var shopID: String?

    package init(baseURL: String, apiKey: String, shopID: String?) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix("/api") { base.removeLast(4) }
        self.baseURL = base
        self.apiKey = apiKey
        self.shopID = shopID.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What the environment says about Mirakl.
    package enum Configuration: Sendable {
        /// No `MIRAKL_*` variable is set: the program works from dropped files only.
        case absent
        case configured(MiraklAccount)
        /// Some are set, these are missing.
        case incomplete(missing: [String])
    }

    package static func configuration(environment: [String: String]) -> Configuration {
        let missing = requiredVariables.filter { (environment[$0] ?? "").isEmpty }
        let anySet = (requiredVariables + ["MIRAKL_SHOP_ID"]).contains { !(environment[$0] ?? "").isEmpty }
        guard anySet else { return .absent }
        guard missing.isEmpty, let url = environment["MIRAKL_URL"], let key = environment["MIRAKL_API_KEY"] else {
            return .incomplete(missing: missing)
        }
        return .configured(MiraklAccount(baseURL: url, apiKey: key, shopID: environment["MIRAKL_SHOP_ID"]))
    }

    /// The shop as file names and the ledger's fetch watermark name it.
    package var shopLabel: String { shopID ?? "default" }
}
