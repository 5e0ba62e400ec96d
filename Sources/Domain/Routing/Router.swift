/// Picks each order's carrier service: the first rule that matches wins (SPEC §5).
public struct Router: Sendable {
    public var rules: [RoutingRule]

    public init(rules: [RoutingRule]) {
        self.rules = rules
    }

    /// Until OnTime exists: TIPSA ECONOMY (48) at home in Spain, Portugal and Andorra, INT-ECONOMY (91) elsewhere.
    public static let defaultRules = [
        RoutingRule(countries: ["ES", "PT", "AD"], carrier: "tipsa", service: "48"),
        RoutingRule(carrier: "tipsa", service: "91"),
    ]

    public func route(_ order: ShippableOrder) -> Route? {
        rules.first { $0.matches(order) }.map { Route(carrier: $0.carrier, service: $0.service) }
    }
}
