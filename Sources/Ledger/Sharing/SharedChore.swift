/// Work that one worker at a time does for all the workers sharing a ledger, under a lock of the ledger's.
package enum SharedChore: Int64, Sendable {
    /// Labels fetched after booking, the handover, the tracking files, the push to Mirakl and the review files:
    /// written by one worker at a time, never interleaved.
    case reviewFiles = 1
    /// Fetching orders from Mirakl: one fetch at a time is what Mirakl asks for.
    case miraklFetch = 2
    /// Taking the ready files: recorded oldest first, over all workers, so that the newest export of an order wins.
    case intake = 3
}

extension Ledger {
    /// Takes `chore`'s lock when no other worker holds it; true when taken.
    ///
    /// Alone on its ledger, a process always takes it.
    package func tryLock(_ chore: SharedChore) throws(LedgerError) -> Bool {
        do {
            return try store.tryLock(chore.rawValue)
        } catch {
            throw error as? LedgerError ?? LedgerError("take the lock of \(chore)", error)
        }
    }

    package func unlock(_ chore: SharedChore) throws(LedgerError) {
        do {
            try store.unlock(chore.rawValue)
        } catch {
            throw error as? LedgerError ?? LedgerError("release the lock of \(chore)", error)
        }
    }
}
