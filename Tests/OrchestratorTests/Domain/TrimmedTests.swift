import Domain
import Testing

@Suite struct TrimmedTests {
    @Test(arguments: [
        ("Madrid", "Madrid"), ("  a b  ", "a b"), ("\u{00A0}Málaga\u{2003}", "Málaga"), ("Ñandú", "Ñandú"),
        ("\t\r\n", ""), ("", ""), ("é ", "é"), (" 28013", "28013"),
    ])
    func whiteSpaceAndNewlinesGoFromBothEnds(_ text: String, _ expected: String) {
        #expect(text.trimmed == expected)
    }
}
