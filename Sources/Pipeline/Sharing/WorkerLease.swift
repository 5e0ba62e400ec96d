import Foundation
import Ledger
import Logging
import Synchronization

/// This process's lease on what it claimed in a ledger it shares with other workers: renewed every quarter of the
/// lease, and taken as still held for half a lease after the last renewal began, so that the process stops working on
/// its claims before any other worker can count it gone.
///
/// A process alone on its ledger holds it for good.
package final class WorkerLease: Sendable {
    package let worker: Worker
    private let lastRenewal = Mutex(ContinuousClock.now)
    private let isLost = Atomic(false)

    package init(worker: Worker) {
        self.worker = worker
    }

    /// For a process alone on its ledger.
    package static func alone() -> WorkerLease {
        WorkerLease(worker: .alone())
    }

    package var isHeld: Bool {
        guard worker.sharesWork else { return true }
        let renewed = lastRenewal.withLock { $0 }
        return !isLost.load(ordering: .relaxed)
            && ContinuousClock.now - renewed < .milliseconds(Int64(worker.leaseSeconds * 500))
    }

    /// Throws when the lease may have run out: what was claimed may be another worker's by now.
    package func requireHeld() throws(LeaseLost) {
        guard isHeld else { throw LeaseLost(worker: worker) }
    }

    /// Renews the lease until the task is cancelled.
    ///
    /// A renewal that finds the lease already ran out ends it for good; one that fails (the database unreachable) is
    /// tried again at the next turn.
    package func keepRenewing(_ ledger: Ledger, logger: Logger) async {
        guard worker.sharesWork else { return }
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(Int64(worker.leaseSeconds * 250)))
            let started = ContinuousClock.now
            do {
                if try await BlockingWork.runPromptly({ [worker] in try ledger.renewLease(of: worker) }) {
                    lastRenewal.withLock { $0 = started }
                } else {
                    isLost.store(true, ordering: .relaxed)
                    logger.error("\(LeaseLost(worker: worker))")
                    return
                }
            } catch {
                logger.warning(
                    "could not renew this worker's lease; trying again", metadata: ["error": "\(error)"])
            }
        }
    }
}

/// The lease of this worker may have run out: other workers may have taken its claims over.
package struct LeaseLost: Error, Sendable, CustomStringConvertible {
    let worker: Worker

    package var description: String {
        "worker \(worker.id) could not renew its lease on the shared ledger within "
            + "\(Int(worker.leaseSeconds / 2)) s (the database out of reach, or the process stalled): other workers "
            + "take its files and orders over, so it stops here"
    }
}
