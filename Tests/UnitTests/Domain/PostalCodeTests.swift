import Domain
import Testing

@Suite struct PostalCodeTests {
    @Test(arguments: [
        ("28009", "ES", "28009"), ("8013", "ES", "08013"), ("1100-053", "PT", "1100-053"),
        ("1100053", "PT", "1100-053"),
        ("AD500", "AD", "AD500"), ("500", "AD", "AD500"), ("75116", "FR", "75116"),
    ])
    func acceptsAndNormalises(_ text: String, _ country: String, _ expected: String) throws {
        let code = try #require(CountryCode(country))
        #expect(try PostalCode.normalised(text, country: code).get() == expected)
    }

    @Test(arguments: [
        ("99001", "ES"), ("00123", "ES"), ("2800", "PT"), ("1100-05", "PT"), ("28A09", "ES"), ("AD50", "AD"),
    ])
    func refusesInvalid(_ text: String, _ country: String) throws {
        let code = try #require(CountryCode(country))
        #expect(throws: PostalCodeProblem.self) { try PostalCode.normalised(text, country: code).get() }
    }
}
