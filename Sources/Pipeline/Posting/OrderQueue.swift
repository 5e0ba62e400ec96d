import Domain
import Ledger

/// The orders in some states, read from the ledger a page at a time in the order they were first recorded, so that
/// a queue of any length needs memory for one page only: listed as they are, or claimed for one worker, a page
/// being a batch no other worker sharing the ledger is given.
struct OrderQueue {
    static let pageSize = 256
    /// Orders claimed at once: small, so that the last of a drop is spread over every worker, not left to one.
    static let claimSize = 32

    enum Source {
        /// Listed in the order they were first recorded; only those without a label yet, if asked.
        case listed(withoutLabelOnly: Bool)
        /// Claimed for `worker` (they stay its own until it releases them).
        case claimed(for: Worker)
    }

    let ledger: Ledger
    let states: [OrderState]
    let source: Source
    private var position: Int64 = 0

    init(ledger: Ledger, states: [OrderState], source: Source = .listed(withoutLabelOnly: false)) {
        self.ledger = ledger
        self.states = states
        self.source = source
    }

    /// The next page, or nil when the queue is done for now.
    ///
    /// Orders that change state meanwhile are not seen twice.
    mutating func nextPage() throws(LedgerError) -> [OrderRecord]? {
        switch source {
        case .listed(let withoutLabelOnly):
            let page = try ledger.orders(
                in: states, withoutLabelOnly: withoutLabelOnly, after: position, limit: Self.pageSize)
            guard let last = page.last else { return nil }
            position = last.position
            return page.map(\.order)
        case .claimed(let worker):
            let page = try ledger.claimOrders(in: states, for: worker, limit: Self.claimSize)
            return page.isEmpty ? nil : page
        }
    }
}
