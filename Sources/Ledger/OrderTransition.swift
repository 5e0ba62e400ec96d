import Domain
import Foundation

extension LedgerTransaction {
    /// Changes one order that is in `state`, as the caller believes, and logs `operation`.
    ///
    /// An order no longer in that state (another stage, run or command moved it) is an error, not a silent overwrite: a
    /// change never undoes what was written since the caller read the order. `assignments` number their values from
    /// `?1`.
    func transition(
        _ orderID: String, from state: OrderState, set assignments: String, _ values: [any LedgerValueConvertible],
        logging operation: OperationRecord? = nil
    ) throws {
        let orderPlaceholder = values.count + 1
        let changed = try db.execute(
            #"UPDATE "order" SET "# + assignments
                + " WHERE order_id = ?\(orderPlaceholder) AND state = ?\(orderPlaceholder + 1)",
            values + [orderID, state.rawValue])
        guard changed == 1 else { throw TransitionMissed(orderID: orderID, expected: state) }
        if let operation { try log(operation) }
    }
}

/// A transition found its order in another state than the one its caller believed.
package struct TransitionMissed: Error, Sendable, CustomStringConvertible {
    package var orderID: String
    package var expected: OrderState
    package var description: String { "order \(orderID) is no longer \(expected.rawValue)" }
}
