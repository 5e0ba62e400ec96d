/// The fields of one Mirakl order line that the program reads, named as in Mirakl's OR11 API (flattened with `.`).
package enum OrderField: String, CaseIterable, Sendable, Codable {
    case orderID = "order_id"
    case orderLineID = "order_line_id"
    case orderState = "order_state"
    case createdDate = "created_date"
    case shippingDeadline = "shipping_deadline"
    case shippingTypeCode = "shipping_type_code"
    case shippingTypeLabel = "shipping_type_label"
    case shippingZoneCode = "shipping_zone_code"
    case offerSKU = "offer_sku"
    case productTitle = "product_title"
    case quantity
    case price
    case totalPrice = "total_price"
    case shippingPrice = "shipping_price"
    case currency = "currency_iso_code"
    case firstName = "customer.shipping_address.firstname"
    case lastName = "customer.shipping_address.lastname"
    case company = "customer.shipping_address.company"
    case street1 = "customer.shipping_address.street_1"
    case street2 = "customer.shipping_address.street_2"
    case additionalInfo = "customer.shipping_address.additional_info"
    case zipCode = "customer.shipping_address.zip_code"
    case city = "customer.shipping_address.city"
    case state = "customer.shipping_address.state"
    case countryISOCode = "customer.shipping_address.country_iso_code"
    case country = "customer.shipping_address.country"
    case phone = "customer.shipping_address.phone"
    case phoneSecondary = "customer.shipping_address.phone_secondary"
    case email = "customer.email"
    case weightKg = "weight_kg"

    /// The case's position in `allCases`: a case without payload is stored as its position in the declaration.
    package var ordinal: Int {
        withUnsafeBytes(of: self) { Int($0[0]) }
    }

    /// Hashed by case rather than by raw name (the `RawRepresentable` default): fields key the dictionaries intake
    /// reads for every value of every line, and hashing a name like `customer.shipping_address.firstname` cost more
    /// than the lookup.
    ///
    /// The bytes of a case without payload are the same for equal cases.
    package func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }

    /// Fields that belong to the order, not the line: every line of one order must carry the same value.
    package var isOrderLevel: Bool {
        switch self {
        case .orderLineID, .offerSKU, .productTitle, .quantity, .price, .totalPrice, .shippingPrice, .weightKg: false
        default: true
        }
    }
}
