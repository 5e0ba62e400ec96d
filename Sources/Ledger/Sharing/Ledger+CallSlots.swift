/// A carrier's calls at once, shared by every worker: `total` slots per carrier, each held by at most one worker,
/// which may have as many calls in flight as the slots it holds. However many workers run, the carrier never sees
/// more than `total` calls at once.
extension Ledger {
    /// Takes for `worker` free slots of `carrier` (none held by a live worker) until it holds `wanted` of the
    /// `total`, or all there are; returns how many it holds.
    package func claimCallSlots(
        carrier: String, total: Int, wanted: Int, for worker: Worker
    ) throws(LedgerError) -> Int {
        try write("claim call slots for \(carrier)") { db in
            let numbers = Array(1...max(1, total))
            try db.execute(
                "INSERT INTO call_slot (carrier, slot) VALUES "
                    + Array(repeating: "(?, ?)", count: numbers.count).joined(separator: ", ")
                    + " ON CONFLICT (carrier, slot) DO NOTHING",
                numbers.flatMap { [carrier, $0] as [any LedgerValueConvertible] })
            let held = "SELECT COUNT(*) FROM call_slot WHERE carrier = ? AND worker_id = ? AND slot <= ?"
            let holding: Int = try db.value(held, [carrier, worker.id, total]) ?? 0
            guard holding < wanted else { return holding }
            let free = worker.noOtherLiveWorkerHolds("worker_id", dialect: db.dialect)
            try db.execute(
                """
                UPDATE call_slot SET worker_id = ? WHERE carrier = ? AND slot IN (
                    SELECT slot FROM call_slot
                    WHERE carrier = ? AND slot <= ? AND (worker_id IS NULL OR worker_id <> ?) AND \(free.sql)
                    ORDER BY slot LIMIT ?\(db.dialect.skipLocked))
                """,
                [worker.id, carrier, carrier, total, worker.id] + free.values + [wanted - holding])
            return try db.value(held, [carrier, worker.id, total]) ?? 0
        }
    }

    /// Gives back every slot `worker` holds.
    package func releaseCallSlots(of worker: Worker) throws(LedgerError) {
        try write("release call slots") { db in
            try db.execute("UPDATE call_slot SET worker_id = NULL WHERE worker_id = ?", worker.id)
        }
    }
}
