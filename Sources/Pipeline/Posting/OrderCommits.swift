import Dispatch
import Ledger
import Synchronization
import Workspace

/// Group commit for the order changes of concurrent carrier calls. Each caller waits until its change is on disk,
/// as with a transaction of its own, but the changes that arrive while one transaction is being flushed go to disk
/// together in the next: one flush serves many orders. Files written with `AtomicFile.Durability.atNextFlush`
/// are put on disk first, so the ledger never names a file that a power cut could take back.
///
/// The transactions run on a queue of their own, so the waiting for the disk blocks none of the threads that
/// run carrier calls.
final class OrderCommits: Sendable {
    private typealias Change = (order: OrderRecord, operations: [OperationRecord])

    private struct Pending {
        var changes: [Change] = []
        var waiting: [CheckedContinuation<Void, any Error>] = []
        var hasFilesToFlush = false
        var isCommitting = false
    }

    private let ledger: Ledger
    private let root: String
    private let pending = Mutex(Pending())
    private let queue = DispatchQueue(label: "orchestrator.order-commits")

    init(ledger: Ledger, root: String) {
        self.ledger = ledger
        self.root = root
    }

    /// Saves `order` and logs `operations`; returns once they are on disk, with the files written before.
    func save(_ order: OrderRecord, logging operations: [OperationRecord] = [], afterFlushingFiles: Bool = false)
        async throws
    {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let startsCommitting = pending.withLock { pending in
                pending.changes.append((order, operations))
                pending.waiting.append(continuation)
                pending.hasFilesToFlush = pending.hasFilesToFlush || afterFlushingFiles
                defer { pending.isCommitting = true }
                return !pending.isCommitting
            }
            if startsCommitting { queue.async { self.commitUntilNothingWaits() } }
        }
    }

    private func commitUntilNothingWaits() {
        while true {
            let batch = pending.withLock { pending -> Pending? in
                guard !pending.changes.isEmpty else {
                    pending.isCommitting = false
                    return nil
                }
                defer { pending = Pending(isCommitting: true) }
                return pending
            }
            guard let batch else { return }
            do {
                if batch.hasFilesToFlush { try FileSystemFlush.flush(containing: root) }
                try ledger.save(batch.changes)
                for continuation in batch.waiting { continuation.resume() }
            } catch {
                for continuation in batch.waiting { continuation.resume(throwing: error) }
            }
        }
    }
}
