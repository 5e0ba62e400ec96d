import Ledger
import Synchronization
import Workspace

/// Where the stages that wait on the network (posting, labels, the handover, the Mirakl push, `refresh-tracking`)
/// commit their order transitions, on the blocking queue (`BlockingWork`), never on the cooperative pool.
///
/// Group commit: each caller waits until its change is on disk, as with a transaction of its own, but the changes
/// that arrive while one transaction is being flushed go to disk together in the next, so one flush serves many
/// orders. Files written with `AtomicFile.Durability.atNextFlush` are put on disk first, so the ledger never names
/// a file that a power cut could take back. A change that fails (a transition that finds its order moved) fails
/// the whole batch it was in: that is a fault of the program, and the run stops.
final class GroupCommit: Sendable {
    typealias Change = @Sendable (LedgerTransaction) throws -> Void

    private struct Pending {
        var changes: [Change] = []
        var waiting: [CheckedContinuation<Void, any Error>] = []
        var hasFilesToFlush = false
        var isCommitting = false
    }

    private let ledger: Ledger
    private let root: String
    private let pending = Mutex(Pending())

    init(ledger: Ledger, root: String) {
        self.ledger = ledger
        self.root = root
    }

    /// Applies `change` in a ledger transaction; returns once it is on disk, with the files written before it when
    /// `afterFlushingFiles`.
    func commit(afterFlushingFiles: Bool = false, _ change: @escaping Change) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let startsCommitting = pending.withLock { pending in
                pending.changes.append(change)
                pending.waiting.append(continuation)
                pending.hasFilesToFlush = pending.hasFilesToFlush || afterFlushingFiles
                defer { pending.isCommitting = true }
                return !pending.isCommitting
            }
            if startsCommitting { BlockingWork.start { self.commitUntilNothingWaits() } }
        }
    }

    /// Applies `change` as `commit` does and returns what it returned.
    func commit<T: Sendable>(_ change: @escaping @Sendable (LedgerTransaction) throws -> T) async throws -> T {
        let result = Mutex<T?>(nil)
        try await commit { transaction in
            let value = try change(transaction)
            result.withLock { $0 = value }
        }
        guard let value = result.withLock({ $0 }) else { preconditionFailure("a committed change left no result") }
        return value
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
                try ledger.transaction("record order changes") { transaction in
                    for change in batch.changes { try change(transaction) }
                }
                for continuation in batch.waiting { continuation.resume() }
            } catch {
                for continuation in batch.waiting { continuation.resume(throwing: error) }
            }
        }
    }
}
