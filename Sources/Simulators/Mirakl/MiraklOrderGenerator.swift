import Foundation

/// Makes OR11 order objects for the Mirakl simulator: in `SHIPPING`, with one or two lines and a Spanish or Portuguese
/// address that the program's validator accepts.
///
/// They are shaped like Mirakl's own sample (`or11_order_SHIPPING_2lines_with_taxes.json`) but carry only the fields
/// the program reads and the few that every real answer has, so that a page of 100 stays small and readable in a log.
struct MiraklOrderGenerator: Sendable {
    struct Place: Sendable {
        var street: String
        var zipCode: String
        var city: String
        /// Mirakl answers ISO 3166-1 alpha-3 (`FRA` in its sample), not the alpha-2 of the CSV exports.
        var countryISOCode: String
        var phonePrefix: String
    }

    struct Product: Sendable {
        var sku: String
        var title: String
        var priceCents: Int
    }

    /// Real postcodes of real streets: Spanish ones have a province (01–52) in their first two digits, Portuguese
    /// ones are NNNN-NNN.
    static let places = [
        Place(
            street: "Calle de Alcalá 128", zipCode: "28009", city: "Madrid", countryISOCode: "ESP", phonePrefix: "+34 6"
        ),
        Place(
            street: "Carrer de Mallorca 401", zipCode: "08013", city: "Barcelona", countryISOCode: "ESP",
            phonePrefix: "+34 6"),
        Place(
            street: "Avenida de la Constitución 5", zipCode: "41004", city: "Sevilla", countryISOCode: "ESP",
            phonePrefix: "+34 6"),
        Place(
            street: "Rua Augusta 274", zipCode: "1100-053", city: "Lisboa", countryISOCode: "PRT", phonePrefix: "+351 9"
        ),
        Place(street: "Gran Vía 12", zipCode: "48001", city: "Bilbao", countryISOCode: "ESP", phonePrefix: "+34 6"),
        Place(
            street: "Rua de Santa Catarina 150", zipCode: "4000-442", city: "Porto", countryISOCode: "PRT",
            phonePrefix: "+351 9"),
        Place(
            street: "Avenida del Puerto 20", zipCode: "46021", city: "Valencia", countryISOCode: "ESP",
            phonePrefix: "+34 6"),
    ]

    static let products = [
        Product(sku: "24-MB01", title: "Joust Duffle Bag", priceCents: 3_400),
        Product(sku: "24-WG09", title: "Luma Analog Watch", priceCents: 6_900),
        Product(sku: "SKU-TAZA-01", title: "Taza de cerámica", priceCents: 1_250),
        Product(sku: "SKU-LIVRO-7", title: "Livro de receitas", priceCents: 1_990),
    ]

    static let firstNames = ["Lucía", "Hugo", "Martina", "João", "Carmen", "Beatriz", "Mateo"]
    static let lastNames = ["García Pérez", "Fernández", "Silva Santos", "López", "Costa", "Martínez Ruiz"]

    /// A flat shipping price per order, as Mirakl's `STD` shipping type has in the sandbox.
    static let shippingCents = 490

    /// Order `number` (which picks the address, the products and whether there are two lines) under `id`.
    ///
    /// The dates are ISO 8601 texts; the simulator owns `created_date` and `last_updated_date` from then on.
    func order(
        id: String, number: Int, createdDate: String, lastUpdatedDate: String, shippingDeadline: String
    ) -> [String: Any] {
        let place = Self.places[number % Self.places.count]
        let firstName = Self.firstNames[number % Self.firstNames.count]
        let lastName = Self.lastNames[number % Self.lastNames.count]
        var lines: [[String: Any]] = []
        var totalCents = 0
        for index in 0..<(number % 3 == 0 ? 2 : 1) {
            let product = Self.products[(number + index) % Self.products.count]
            let quantity = 1 + (number + index) % 2
            let priceCents = product.priceCents * quantity
            let lineTotalCents = priceCents + (index == 0 ? Self.shippingCents : 0)
            totalCents += lineTotalCents
            lines.append([
                "order_line_id": "\(id)-\(index + 1)", "order_line_index": index + 1, "order_line_state": "SHIPPING",
                "offer_sku": product.sku, "product_sku": product.sku, "product_title": product.title,
                "quantity": quantity, "price": Self.amount(priceCents), "price_unit": Self.amount(product.priceCents),
                "shipping_price": Self.amount(index == 0 ? Self.shippingCents : 0),
                "total_price": Self.amount(lineTotalCents),
            ])
        }
        let address: [String: Any] = [
            "firstname": firstName, "lastname": lastName, "street_1": place.street, "zip_code": place.zipCode,
            "city": place.city, "country_iso_code": place.countryISOCode,
            "phone": "\(place.phonePrefix)\(String(10_000_000 + number % 90_000_000).suffix(8))",
        ]
        return [
            "order_id": id,
            // Mirakl's order ids are the commercial id plus a letter per shop ("000000086-A").
            "commercial_id": id.hasSuffix("-A") ? String(id.dropLast(2)) : id,
            "order_state": "SHIPPING", "can_shop_ship": true,
            "created_date": createdDate, "last_updated_date": lastUpdatedDate, "shipping_deadline": shippingDeadline,
            "currency_iso_code": "EUR", "total_price": Self.amount(totalCents),
            "shipping_type_code": "STD", "shipping_type_label": "Standard",
            "customer": ["firstname": firstName, "lastname": lastName, "shipping_address": address],
            "order_lines": lines,
        ]
    }

    /// Cents as the JSON number Mirakl writes (`23.54`); a division of whole cents prints without binary noise.
    private static func amount(_ cents: Int) -> Double { Double(cents) / 100 }
}
