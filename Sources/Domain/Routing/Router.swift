/// Picks each order's carrier service: the first rule that matches wins (docs/reference/configuration.md).
package struct Router: Sendable {
    package var rules: [RoutingRule]

    package init(rules: [RoutingRule]) {
        self.rules = rules
    }

    /// The default rules (docs/reference/configuration.md): OnTime for parcels under 1 kg in Spain, Portugal and
    /// Andorra (service 70, the one OnTime's public client code sends); TIPSA ECONOMY (48) for the heavier ones
    /// there, INT-ECONOMY (91) elsewhere.
    package static let defaultRules = [
        RoutingRule(countries: ["ES", "PT", "AD"], maxWeightKg: 1, carrier: "ontime", service: "70"),
        RoutingRule(countries: ["ES", "PT", "AD"], carrier: "tipsa", service: "48"),
        RoutingRule(carrier: "tipsa", service: "91"),
    ]

    package func route(_ order: ShippableOrder) -> Route? {
        rules.first { $0.matches(order) }.map { Route(carrier: $0.carrier, service: $0.service) }
    }
}
