import Carriers
import Testing

@Suite struct DecimalTextTests {
    @Test(
        arguments: [
            (2.5, "2.5"), (1, "1"), (0.75, "0.75"), (0.05, "0.05"), (10.1, "10.1"), (1.23456, "1.235"), (0.0004, "0"),
            (0.0006, "0.001"), (1234.5, "1234.5"), (0, "0"), (-1, "0"), (.nan, "0"), (.infinity, "0"),
        ] as [(Double, String)])
    func weightsReadTheWayCarriersExpect(_ value: Double, _ text: String) {
        #expect(DecimalText.text(value) == text)
    }
}
