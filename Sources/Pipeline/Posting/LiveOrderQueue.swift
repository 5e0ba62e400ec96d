import Domain
import Ledger

/// The queued orders of the file intake is recording, a page at a time as intake commits them, until intake is over.
/// Only that file's orders: the pass has no later file that could change them, whereas an older queued order may
/// still be changed by this very file.
struct LiveOrderQueue: OrderPages {
    let ledger: Ledger
    private var commits: AsyncStream<Int64>.Iterator
    private var fileID: Int64?
    private var position: Int64 = 0
    private var intakeIsOver = false

    init(ledger: Ledger, feed: IntakeFeed) {
        self.ledger = ledger
        self.commits = feed.commits.makeAsyncIterator()
    }

    /// The next page; waits for intake's next commit when every committed order is taken; nil once intake is over
    /// and none is left.
    mutating func nextPage() async throws -> [OrderRecord]? {
        while true {
            if let fileID {
                let page = try ledger.orders(
                    in: [.posting, .pendingPost], fromFile: fileID, after: position, limit: OrderQueue.pageSize)
                if let last = page.last {
                    position = last.position
                    return page.map(\.order)
                }
            }
            if intakeIsOver { return nil }
            if let committed = await commits.next() {
                fileID = committed
            } else {
                intakeIsOver = true
            }
        }
    }
}
