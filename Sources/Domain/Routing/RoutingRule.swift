/// One line of the routing table: the orders it matches and the carrier service they go to.
///
/// Empty conditions match all.
package struct RoutingRule: Sendable, Equatable, Codable {
    package var countries: [String]
    package var minWeightKg: Double?
    /// Exclusive upper bound: `maxWeightKg: 1` matches orders under 1 kg.
    package var maxWeightKg: Double?
    package var shippingTypeCodes: [String]
    package var shippingZoneCodes: [String]
    package var carrier: String
    package var service: String

    package init(
        countries: [String] = [], minWeightKg: Double? = nil, maxWeightKg: Double? = nil,
        shippingTypeCodes: [String] = [], shippingZoneCodes: [String] = [], carrier: String, service: String
    ) {
        self.countries = countries
        self.minWeightKg = minWeightKg
        self.maxWeightKg = maxWeightKg
        self.shippingTypeCodes = shippingTypeCodes
        self.shippingZoneCodes = shippingZoneCodes
        self.carrier = carrier
        self.service = service
    }

    package func matches(_ order: ShippableOrder) -> Bool {
        if !countries.isEmpty, !countries.contains(where: { $0.uppercased() == order.recipient.country.alpha2 }) {
            return false
        }
        if let minWeightKg, order.weightKg < minWeightKg { return false }
        if let maxWeightKg, order.weightKg >= maxWeightKg { return false }
        if !shippingTypeCodes.isEmpty, !shippingTypeCodes.contains(order.shippingTypeCode) { return false }
        if !shippingZoneCodes.isEmpty, !shippingZoneCodes.contains(order.shippingZoneCode) { return false }
        return true
    }
}
