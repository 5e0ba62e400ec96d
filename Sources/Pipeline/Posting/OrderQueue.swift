import Domain
import Ledger

/// Orders to work on, a page at a time, so that a queue of any length needs memory for one page only.
protocol OrderPages {
    /// The next page, or nil when the queue is done.
    mutating func nextPage() async throws -> [OrderRecord]?
}

/// The orders in some states, read from the ledger a page at a time in the order they were first recorded.
struct OrderQueue: OrderPages {
    static let pageSize = 256

    let ledger: Ledger
    let states: [OrderState]
    /// Only orders that have no label yet.
    let withoutLabelOnly: Bool
    /// Only orders recorded before this position.
    let end: Int64?
    private var position: Int64

    /// The orders recorded after position `start` (all by default) and before `end` (if given).
    init(
        ledger: Ledger, states: [OrderState], withoutLabelOnly: Bool = false, after start: Int64 = 0,
        before end: Int64? = nil
    ) {
        self.ledger = ledger
        self.states = states
        self.withoutLabelOnly = withoutLabelOnly
        self.position = start
        self.end = end
    }

    /// The next page, or nil when the queue is done for now. Orders that change state meanwhile are not seen twice.
    mutating func nextPage() throws(LedgerError) -> [OrderRecord]? {
        let page = try ledger.orders(
            in: states, withoutLabelOnly: withoutLabelOnly, after: position, before: end, limit: Self.pageSize)
        guard let last = page.last else { return nil }
        position = last.position
        return page.map(\.order)
    }
}
