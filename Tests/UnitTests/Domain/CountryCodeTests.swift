import Domain
import Testing

@Suite struct CountryCodeTests {
    @Test(arguments: [
        ("ES", "ES"), ("es", "ES"), ("ESP", "ES"), ("España", "ES"), ("Espagne", "ES"), ("Spain", "ES"),
        ("FRA", "FR"), ("France", "FR"), ("France (métropolitaine)", "FR"), ("Portugal", "PT"), ("PRT", "PT"),
        ("Andorra", "AD"), ("Deutschland", "DE"), ("Reino Unido", "GB"), ("  it ", "IT"),
        // What people write, and names iso-codes no longer holds (scripts/country-table's EXTRA_NAMES).
        ("UK", "GB"), ("England", "GB"), ("USA", "US"), ("Holland", "NL"), ("Turquie", "TR"), ("Türkiye", "TR"),
        // Names as Foundation folds them: ß is ss, æ and ø stay letters.
        ("Großherzogtum Luxemburg", "LU"), ("Vereinigtes Königreich Großbritannien und Nordirland", "GB"),
        ("Isole Fær Øer", "FO"), ("Côte d’Ivoire", "CI"),
    ])
    func readsCodesAndNames(_ text: String, _ expected: String) {
        #expect(CountryCode(text)?.alpha2 == expected)
    }

    @Test(arguments: ["", "Atlantis", "XX", "ZZZ"])
    func refusesUnknownCountries(_ text: String) {
        #expect(CountryCode(text) == nil)
    }
}
