import Domain
import Strings
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

/// `OrderField.ordinal` reads the case's tag from its memory: it must be the case's position in `allCases`.
@Suite struct OrderFieldOrdinalTests {
    @Test func everyFieldsOrdinalIsItsPositionAmongAllFields() {
        #expect(OrderField.allCases.map(\.ordinal) == Array(OrderField.allCases.indices))
    }
}
