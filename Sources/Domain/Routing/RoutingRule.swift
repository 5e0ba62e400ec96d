/// One line of the routing table: the orders it matches and the carrier service they go to. Empty conditions match all.
public struct RoutingRule: Sendable, Equatable, Codable {
    public var countries: [String]
    public var minWeightKg: Double?
    /// Exclusive upper bound: `maxWeightKg: 1` matches orders under 1 kg.
    public var maxWeightKg: Double?
    public var shippingTypeCodes: [String]
    public var shippingZoneCodes: [String]
    public var carrier: String
    public var service: String

    public init(
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

    public func matches(_ order: ShippableOrder) -> Bool {
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
