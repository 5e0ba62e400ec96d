/// One parcel shipment to book: who sends, who receives, what and how.
public struct ShipmentRequest: Sendable, Equatable {
    /// The Mirakl order id; the carrier keeps it as the shipment's reference.
    public var reference: String
    /// The carrier's service code (TIPSA `48` ECONOMY, `91` INT-ECONOMY, …).
    public var serviceCode: String
    public var sender: Party
    public var recipient: Party
    public var parcelCount: Int
    public var weightKg: Double
    /// What the parcel holds, for customs and the label.
    public var contents: String
    /// Delivery notes printed on the label.
    public var notes: String

    public init(
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
public struct Party: Sendable, Equatable {
    public var name: String
    public var contactPerson: String
    public var street: String
    public var city: String
    public var postalCode: String
    /// ISO 3166-1 alpha-2 (`ES`, `PT`, `FR`).
    public var countryCode: String
    public var phone: String
    public var email: String

    public init(
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
