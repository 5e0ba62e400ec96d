/// One parcel shipment to book: who sends, who receives, what and how.
package struct ShipmentRequest: Sendable, Equatable {
    /// The Mirakl order id; the carrier keeps it as the shipment's reference.
    package var reference: String
    /// The carrier's service code (TIPSA `48` ECONOMY, `91` INT-ECONOMY, …).
    package var serviceCode: String
    package var sender: Party
    package var recipient: Party
    package var parcelCount: Int
    package var weightKg: Double
    /// What the parcel holds, for customs and the label.
    package var contents: String
    /// Delivery notes printed on the label.
    package var notes: String

    package init(
        reference: String, serviceCode: String, sender: Party, recipient: Party,
        parcelCount: Int, weightKg: Double, contents: String = "", notes: String = ""
    ) {
        self.reference = reference
        self.serviceCode = serviceCode
        self.sender = sender
        self.recipient = recipient
        self.parcelCount = parcelCount
        self.weightKg = weightKg
        self.contents = contents
        self.notes = notes
    }
}

/// A sender or a recipient, already validated and cut to the carrier's field lengths.
package struct Party: Sendable, Equatable {
    package var name: String
    package var contactPerson: String
    package var street: String
    package var city: String
    package var postalCode: String
    /// ISO 3166-1 alpha-2 (`ES`, `PT`, `FR`).
    package var countryCode: String
    package var phone: String
    package var email: String

    package init(
        name: String, contactPerson: String = "", street: String, city: String, postalCode: String,
        countryCode: String, phone: String = "", email: String = ""
    ) {
        self.name = name
        self.contactPerson = contactPerson
        self.street = street
        self.city = city
        self.postalCode = postalCode
        self.countryCode = countryCode
        self.phone = phone
        self.email = email
    }
}
