/// A validated shipping address.
package struct Address: Sendable, Equatable, Codable {
    package var name: String
    package var company: String
    package var street: String
    package var city: String
    package var postalCode: String
    package var country: CountryCode
    package var phone: String
    package var email: String

    package init(
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
