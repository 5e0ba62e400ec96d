import Domain
import Foundation
import Ledger
import Testing

@Suite struct OrderRecordTests {
    @Test(arguments: [
        "Ana Torres", "O'Brien \"Junior\"", "back\\slash", "tab\there", "line\nbreak", "\u{01}control",
        "Müller & Söhne <SL>", "東京", "emoji 📦", "",
    ])
    func theOrderToPostComesBackAsItWasRecorded(_ text: String) throws {
        let country = try #require(CountryCode("ES"))
        let shippable = ShippableOrder(
            orderID: "O-\(text)",
            recipient: Address(
                name: text, company: text, street: text, city: text, postalCode: "28013", country: country,
                phone: "+34600112233", email: text),
            weightKg: 0.1 + 0.2, parcelCount: 2, itemCount: 3, contents: text, shippingTypeCode: text,
            shippingZoneCode: text, totalAmount: "12.90", currency: "EUR")
        var record = OrderRecord(orderID: "O-1", state: .pendingPost, contentSHA256: "", sourceFileID: 1, now: Date())

        record.setShippable(shippable)

        #expect(record.shippableOrder == shippable)
    }

    @Test func smallAndLargeWeightsSurvive() throws {
        let country = try #require(CountryCode("PT"))
        for weight in [0.00001, 1e22, 0, 2.5] {
            let shippable = ShippableOrder(
                orderID: "O", recipient: Address(name: "A", street: "S", city: "C", postalCode: "1100-053", country: country),
                weightKg: weight, itemCount: 1, contents: "")
            var record = OrderRecord(orderID: "O", state: .pendingPost, contentSHA256: "", sourceFileID: 1, now: Date())
            record.setShippable(shippable)
            #expect(record.shippableOrder?.weightKg == weight, "\(weight)")
        }
    }
}
