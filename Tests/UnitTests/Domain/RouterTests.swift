import Domain
import Testing

@Suite struct RouterTests {
    static func order(_ country: String, kg: Double, type: String = "") throws -> ShippableOrder {
        let address = Address(
            name: "A", street: "S", city: "C", postalCode: "1", country: try #require(CountryCode(country)))
        return ShippableOrder(
            orderID: "O", recipient: address, weightKg: kg, itemCount: 1, contents: "", shippingTypeCode: type)
    }

    @Test func defaultRulesSendLightHomeOrdersToOnTimeHeavierToEconomyAndTheRestToInternational() throws {
        let router = Router(rules: Router.defaultRules)
        #expect(router.route(try Self.order("ES", kg: 3)) == Route(carrier: "tipsa", service: "48"))
        #expect(router.route(try Self.order("ES", kg: 1)) == Route(carrier: "tipsa", service: "48"))
        #expect(router.route(try Self.order("PT", kg: 0.2)) == Route(carrier: "ontime", service: "70"))
        #expect(router.route(try Self.order("AD", kg: 0.99)) == Route(carrier: "ontime", service: "70"))
        #expect(router.route(try Self.order("FR", kg: 0.2)) == Route(carrier: "tipsa", service: "91"))
        #expect(router.route(try Self.order("FR", kg: 3)) == Route(carrier: "tipsa", service: "91"))
    }

    @Test func firstMatchingRuleWinsWithWeightBoundsAndShippingType() throws {
        let router = Router(rules: [
            RoutingRule(countries: ["ES"], maxWeightKg: 1, carrier: "tipsa", service: "10"),
            RoutingRule(shippingTypeCodes: ["EXP"], carrier: "tipsa", service: "24"),
        ])
        #expect(router.route(try Self.order("ES", kg: 0.99))?.service == "10")
        #expect(router.route(try Self.order("ES", kg: 1), ) == nil)
        #expect(router.route(try Self.order("ES", kg: 1, type: "EXP"))?.service == "24")
    }
}
