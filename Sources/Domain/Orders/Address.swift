/// A validated shipping address.
public struct Address: Sendable, Equatable, Codable {
    public var name: String
    public var company: String
    public var street: String
    public var city: String
    public var postalCode: String
    public var country: CountryCode
    public var phone: String
    public var email: String

    public init(
        name: String, company: String = "", street: String, city: String, postalCode: String,
        country: CountryCode, phone: String = "", email: String = ""
    ) {
        self.name = name
        self.company = company
        self.street = street
        self.city = city
        self.postalCode = postalCode
        self.country = country
        self.phone = phone
        self.email = email
    }
}
