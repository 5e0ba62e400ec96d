import Domain
import Exports
import Testing

@Suite struct HeaderMapTests {
    @Test func aliasesInThreeLanguagesIgnoringCaseAccentsAndPunctuation() {
        let map = HeaderMap(header: [
            "Numéro de commande", "ESTADO", "cantidad", "Dirección", "Code_Postal", "Ville",
            "País", "Prénom (livraison)", "whatever",
        ])
        #expect(map.fields == [.orderID, .orderState, .quantity, .street1, .zipCode, .city, .country, .firstName, nil])
        #expect(map.missingRequired.isEmpty)
    }

    @Test func canonicalNamesAndConfiguredAliases() {
        let map = HeaderMap(
            header: ["customer.shipping_address.zip_code", "Pedido nº X"],
            extraAliases: ["order_id": ["Pedido nº X"]])
        #expect(map.fields == [.zipCode, .orderID])
    }

    @Test func missingRequiredColumnsAreNamed() {
        let map = HeaderMap(header: ["order_id", "order_state", "quantity"])
        #expect(map.missingRequired.contains("customer.shipping_address.city"))
        #expect(
            map.missingRequired.contains(
                "customer.shipping_address.country_iso_code or customer.shipping_address.country"))
    }
}
