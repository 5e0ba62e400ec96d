import Domain
import Settings

/// The configured sender must be an address a carrier accepts: checked before anything is posted.
enum SenderCheck {
    static func validate(_ sender: Settings.Sender) throws(SettingsError) {
        guard let country = CountryCode(sender.country) else {
            throw SettingsError(path: "sender.country", message: "'\(sender.country)' is not a known country")
        }
        if case .failure(let problem) = PostalCode.normalised(sender.postalCode, country: country) {
            throw SettingsError(path: "sender.postal_code", message: problem.reason)
        }
        for (key, value) in [("name", sender.name), ("street", sender.street), ("city", sender.city)]
        where value.isEmpty {
            throw SettingsError(path: "sender.\(key)", message: "is required")
        }
    }
}
