import Domain
import Foundation
import Ledger

/// What an order's lines alone make of it, before the ledger has a say: skipped, rejected with its problems, or
/// accepted with its carrier service and its address fitted to that carrier's field limits.
package enum IntakeVerdict: Sendable {
    case skip(String)
    case reject([ValidationProblem])
    /// With the order's JSON for the ledger, written here rather than on the ledger's thread.
    case accept(ShippableOrder, json: String, Route, [Truncation])

    /// Validation's `outcome`, routed: an order no rule routes, routed to a carrier this program does not know, or
    /// whose id the carrier cannot keep as its reference, is rejected (at the order's first line).
    package init(
        _ outcome: ValidationOutcome, firstLine line: Int, router: Router, fieldLimits: [String: FieldLimits]
    ) {
        switch outcome {
        case .skipped(let reason): self = .skip(reason)
        case .rejected(let problems): self = .reject(problems)
        case .shippable(var shippable):
            guard let route = router.route(shippable) else {
                let reason =
                    "no routing rule matches (country \(shippable.recipient.country), "
                    + String(format: "%.3f kg)", shippable.weightKg)
                self = .reject([ValidationProblem(line: line, field: "", reason: reason)])
                return
            }
            guard let limits = fieldLimits[route.carrier] else {
                let reason = "routing names carrier '\(route.carrier)', which this program does not know"
                self = .reject([ValidationProblem(line: line, field: "", reason: reason)])
                return
            }
            guard shippable.orderID.count <= limits.reference else {
                let reason = "is longer than the \(limits.reference) characters \(route.carrier) keeps as a reference"
                self = .reject([ValidationProblem(line: line, field: OrderField.orderID.rawValue, reason: reason)])
                return
            }
            let (fitted, truncations) = limits.fit(shippable.recipient)
            shippable.recipient = fitted
            self = .accept(shippable, json: ShippableOrderJSON.text(shippable), route, truncations)
        }
    }
}
