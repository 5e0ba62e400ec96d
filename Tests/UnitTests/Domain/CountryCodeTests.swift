import Domain
import Testing

@Suite struct CountryCodeTests {
    @Test(arguments: [
        ("ES", "ES"), ("es", "ES"), ("ESP", "ES"), ("España", "ES"), ("Espagne", "ES"), ("Spain", "ES"),
        ("FRA", "FR"), ("France", "FR"), ("France (métropolitaine)", "FR"), ("Portugal", "PT"), ("PRT", "PT"),
        ("Andorra", "AD"), ("Deutschland", "DE"), ("Reino Unido", "GB"), ("  it ", "IT"),
    ])
    func readsCodesAndNames(_ text: String, _ expected: String) {
        #expect(CountryCode(text)?.alpha2 == expected)
    }

    @Test(arguments: ["", "Atlantis", "XX", "ZZZ"])
    func refusesUnknownCountries(_ text: String) {
        #expect(CountryCode(text) == nil)
    }
}
