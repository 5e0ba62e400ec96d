import Outbox
import Testing

@Suite struct CarrierNamesTests {
    @Test(arguments: [
        (
            "https://www.tip-sa.com/seguimiento?albaran={tracking}",
            "https://www.tip-sa.com/seguimiento?albaran=0123456789"
        ),
        ("{tracking}", "0123456789"),
        ("https://t.example/{tracking}/{tracking}.pdf", "https://t.example/0123456789/0123456789.pdf"),
        ("https://t.example/track", "https://t.example/track"),
        ("", ""),
    ])
    func theTrackingURLIsTheTemplateWithTheNumberInPlace(_ template: String, _ url: String) {
        let names = CarrierNames(["tipsa": .init(miraklCode: "TIPSA", name: "TIPSA", trackingURLTemplate: template)])

        #expect(names.trackingURL(carrier: "tipsa", trackingNumber: "0123456789") == url)
    }

    @Test func aChangedTemplateIsTheOneUsed() {
        var names = CarrierNames([
            "ontime": .init(miraklCode: "ONTIME", name: "OnTime", trackingURLTemplate: "a/{tracking}")
        ])

        names.entries["ontime"]?.trackingURLTemplate = "b/{tracking}"

        #expect(names.trackingURL(carrier: "ontime", trackingNumber: "7") == "b/7")
    }

    @Test func noURLWithoutACarrierATemplateOrANumber() {
        let names = CarrierNames([
            "ontime": .init(miraklCode: "ONTIME", name: "OnTime", trackingURLTemplate: "a/{tracking}")
        ])

        #expect(names.trackingURL(carrier: "tipsa", trackingNumber: "7") == "")
        #expect(names.trackingURL(carrier: nil, trackingNumber: "7") == "")
        #expect(names.trackingURL(carrier: "ontime", trackingNumber: nil) == "")
    }
}
