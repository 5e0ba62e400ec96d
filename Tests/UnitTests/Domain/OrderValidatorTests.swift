import Domain
import Testing

@Suite struct OrderValidatorTests {
    static func line(_ number: Int = 2, _ overrides: [OrderField: String] = [:]) -> OrderLine {
        var values: [OrderField: String] = [
            .orderID: "O-1", .orderState: "SHIPPING", .quantity: "1", .firstName: "Ana", .lastName: "Torres",
            .street1: "Calle Mayor 1", .zipCode: "28013", .city: "Madrid", .country: "España",
            .phone: "+34 600 11 22 33",
        ]
        values.merge(overrides) { _, new in new }
        return OrderLine(sourceLine: number, values: values)
    }

    @Test func aValidOrderIsShippableWithNormalisedFields() throws {
        guard case .shippable(let order) = OrderValidator().validate([Self.line()]) else {
            Issue.record("expected shippable")
            return
        }
        #expect(order.recipient.country.alpha2 == "ES")
        #expect(order.recipient.phone == "+34600112233")
        #expect(order.weightKg == 1, "the default weight when the export has none")
    }

    @Test func onlyShippingIsShipped() {
        #expect(
            OrderValidator().validate([Self.line(2, [.orderState: "WAITING_ACCEPTANCE"])])
                == .skipped(reason: "Mirakl state WAITING_ACCEPTANCE is not shippable (only SHIPPING is)"))
    }

    @Test func conflictingOrderLevelValuesAreRejectedNamingBothLines() {
        let outcome = OrderValidator().validate([Self.line(2), Self.line(7, [.city: "Toledo"])])
        guard case .rejected(let problems) = outcome else {
            Issue.record("expected a rejection")
            return
        }
        #expect(problems.map(\.field) == ["customer.shipping_address.city"])
        #expect(problems.first?.line == 7)
        #expect(problems.first?.reason.contains("line 2 has 'Madrid'") == true)
    }

    @Test(arguments: [
        (OrderField.quantity, "0"), (.quantity, "1.5"), (.quantity, ""), (.zipCode, "99999"), (.street1, ""),
        (.country, "Atlantis"), (.weightKg, "heavy"),
    ])
    func badFieldsAreRejectedNamingTheField(_ field: OrderField, _ value: String) {
        guard case .rejected(let problems) = OrderValidator().validate([Self.line(2, [field: value])]) else {
            Issue.record("expected a rejection for \(field) = '\(value)'")
            return
        }
        #expect(problems.contains { $0.field == field.rawValue && $0.line == 2 })
    }

    @Test func weightComesFromTheLinesOrTheSkuTable() {
        let validator = OrderValidator(skuWeightsKg: ["MUG": 0.4])
        let fromSKU = validator.validate([Self.line(2, [.offerSKU: "MUG", .quantity: "3"])])
        let fromColumn = validator.validate([Self.line(2, [.weightKg: "2,5"])])
        if case .shippable(let order) = fromSKU {
            #expect(abs(order.weightKg - 1.2) < 1e-9)
        } else {
            Issue.record("sku")
        }
        if case .shippable(let order) = fromColumn { #expect(order.weightKg == 2.5) } else { Issue.record("column") }
    }

    @Test(arguments: [
        (["39.80", "10.25"], "50.05"), (["39,80", "10,25"], "50.05"), (["12", "0,5"], "12.5"),
        (["1.234,50", "1"], ""), (["39,80 €", "1"], ""), (["", "1"], ""),
    ])
    func theOrdersTotalAddsItsLinesAmountsWithAPointOrAComma(_ prices: [String], _ total: String) {
        let lines = prices.enumerated().map { index, price in
            Self.line(index + 2, [.orderLineID: "L\(index)", .price: price])
        }
        guard case .shippable(let order) = OrderValidator().validate(lines) else {
            Issue.record("expected shippable")
            return
        }
        #expect(order.totalAmount == total, "\(prices)")
    }
}
