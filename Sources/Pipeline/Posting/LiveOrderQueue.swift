import Domain
import Ledger

/// The queue of a pass whose last file is taken while posting: the orders that file records, a page at a time as
/// intake commits them, then, once intake has gone well, the orders queued before it. The two parts never meet:
/// the file's new orders come after `position`, the others up to it. An older order the file changes is thus
/// posted only once the whole file is recorded, with the file's version of it.
struct LiveOrderQueue: OrderPages {
    private var recorded: OrderQueue
    private var older: OrderQueue
    private let feed: IntakeFeed
    private var commits: AsyncStream<Void>.Iterator
    private var isRecordingOver = false

    init(ledger: Ledger, recordedAfter position: Int64, feed: IntakeFeed) {
        let queued: [OrderState] = [.posting, .pendingPost]
        recorded = OrderQueue(ledger: ledger, states: queued, after: position)
        older = OrderQueue(ledger: ledger, states: queued, before: position + 1)
        self.feed = feed
        commits = feed.commits.makeAsyncIterator()
    }

    /// The next page: waits for intake's next commit when every committed order is taken; nil once both parts are
    /// done (or intake failed, which leaves the older orders for the next run).
    mutating func nextPage() async throws -> [OrderRecord]? {
        while !isRecordingOver {
            if let page = try recorded.nextPage() { return page }
            if await commits.next() == nil {
                // What intake committed last, after the check above.
                if let page = try recorded.nextPage() { return page }
                isRecordingOver = true
            }
        }
        guard !feed.hasFailed else { return nil }
        return try older.nextPage()
    }
}
