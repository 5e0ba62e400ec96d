import Domain
import Strings
import Testing

@Suite struct ZeroPaddedTests {
    @Test(arguments: [(7, 3, "007"), (0, 2, "00"), (123, 3, "123"), (12345, 3, "12345"), (42, 0, "42")])
    func decimalDigitsArePaddedToTheWidth(_ value: Int, _ width: Int, _ text: String) {
        #expect(String(value, zeroPaddedTo: width) == text)
    }

    @Test func hexadecimalDigitsToo() {
        #expect(String(UInt64(0xbeef), radix: 16, zeroPaddedTo: 16) == "000000000000beef")
    }
}
