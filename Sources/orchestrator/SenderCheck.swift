import Domain
import Settings

/// The configured sender must be an address a carrier accepts: checked before anything is posted.
enum SenderCheck {
    /// Outside `--sandbox`, nothing is booked from the placeholder address `init` writes: the carrier's courier would
    /// go there.
    ///
    /// It is still the placeholder while its name, street or phone is; each key still holding the placeholder's value
    /// is named (its country and city are those of many real sellers).
    static func requireChosen(_ sender: Settings.Sender) throws(SettingsError) {
        let placeholder = Settings.Sender.placeholder
        guard
            sender.name == placeholder.name || sender.street == placeholder.street || sender.phone == placeholder.phone
        else { return }
        let keys = [
            ("name", sender.name == placeholder.name), ("street", sender.street == placeholder.street),
            ("postal_code", sender.postalCode == placeholder.postalCode), ("city", sender.city == placeholder.city),
            ("phone", sender.phone == placeholder.phone),
        ].filter(\.1).map { "sender.\($0.0)" }
        throw SettingsError(
            path: "sender",
            message: "is still the placeholder `init` wrote (\(placeholder.name), \(placeholder.street), "
                + "\(placeholder.postalCode) \(placeholder.city)): set \(keys.joined(separator: ", ")) to your pick-up "
                + "address before a run books shipments (--sandbox runs with it as is)")
    }

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
