import Domain
import Ledger

/// The orders in some states, read from the ledger a page at a time in the order they were first recorded, so that
/// a queue of any length needs memory for one page only.
struct OrderQueue {
    static let pageSize = 256

    let ledger: Ledger
    let states: [OrderState]
    /// Only orders that have no label yet.
    let withoutLabelOnly: Bool
    private var position: Int64 = 0

    init(ledger: Ledger, states: [OrderState], withoutLabelOnly: Bool = false) {
        self.ledger = ledger
        self.states = states
        self.withoutLabelOnly = withoutLabelOnly
    }

    /// The next page, or nil when the queue is done for now. Orders that change state meanwhile are not seen twice.
    mutating func nextPage() throws(LedgerError) -> [OrderRecord]? {
        let page = try ledger.orders(
            in: states, withoutLabelOnly: withoutLabelOnly, after: position, limit: Self.pageSize)
        guard let last = page.last else { return nil }
        position = last.position
        return page.map(\.order)
    }
}
