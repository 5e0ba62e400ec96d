import Foundation

extension Ledger {
    /// Records `worker` as working on the ledger, unless a worker whose lease runs was started with other settings:
    /// that one is returned, and nothing is recorded.
    ///
    /// Workers that route or limit differently must not share a queue. From then on, the database ends this process's
    /// sessions when they idle for a lease in the middle of a transaction, or holding the chores' locks: frozen, it
    /// holds up no other worker for longer. The rows of workers gone for a day are forgotten on the way (what they
    /// still claim counts as free, as for any worker whose lease ran out).
    package func join(_ worker: Worker, settingsSHA256: String, at date: Date) throws(LedgerError) -> WorkerRecord? {
        let refusedBy = try write("join the work") { db -> WorkerRecord? in
            try db.execute(
                "DELETE FROM worker WHERE renewed_at < \(db.dialect.clockSeconds) - ?", Self.forgottenAfterSeconds)
            if let other = try Self.liveWorkers(db, leaseSeconds: worker.leaseSeconds).first(where: {
                $0.settingsSHA256 != settingsSHA256
            }) {
                return other
            }
            try db.execute(
                "INSERT INTO worker (id, host, pid, settings_sha256, started_at, renewed_at) "
                    + "VALUES (?, ?, ?, ?, ?, \(db.dialect.clockSeconds))",
                worker.id, worker.host, worker.pid, settingsSHA256, date)
            return nil
        }
        if refusedBy == nil { try store.endSessions(idleFor: worker.leaseSeconds) }
        return refusedBy
    }

    /// How long the row of a worker whose lease ran out is kept, for `health` and people looking into the ledger.
    static let forgottenAfterSeconds = 86_400.0

    /// Renews `worker`'s lease; false when it had already run out, and its claims may be another's by now.
    package func renewLease(of worker: Worker) throws(LedgerError) -> Bool {
        do {
            return try store.writeAside { db in try Self.renewLease(of: worker, db) }
        } catch {
            throw error as? LedgerError ?? LedgerError("renew the lease of worker \(worker.id)", error)
        }
    }

    private static func renewLease(of worker: Worker, _ db: any LedgerConnection) throws -> Bool {
        let clock = db.dialect.clockSeconds
        return try db.execute(
            "UPDATE worker SET renewed_at = \(clock) WHERE id = ? AND renewed_at >= \(clock) - ?", worker.id,
            worker.leaseSeconds) == 1
    }

    /// Ends the lease of every other worker of `host` whose process is gone (`isRunning` says no): killed, its
    /// claims need not wait out its lease.
    package func endLeases(
        ofVanishedWorkersOn host: String, except worker: Worker, isRunning: (Int) -> Bool
    )
        throws(LedgerError)
    {
        try write("end the leases of vanished workers") { db in
            let vanished = try db.rows(
                "SELECT id, pid FROM worker WHERE host = ? AND id <> ? AND renewed_at > 0",
                [
                    host, worker.id,
                ]
            ).filter { row in !isRunning(try row[1]) }
            for row in vanished {
                try db.execute("UPDATE worker SET renewed_at = 0 WHERE id = ?", try row[0] as String)
            }
        }
    }

    /// Leaves the work: `worker`'s claims go back to the queue and its lease ends.
    package func leave(_ worker: Worker) throws(LedgerError) {
        try write("leave the work") { db in
            try db.execute(#"UPDATE "order" SET claimed_by = NULL WHERE claimed_by = ?"#, worker.id)
            try db.execute("UPDATE input_file SET claimed_by = NULL WHERE claimed_by = ?", worker.id)
            try db.execute("UPDATE call_slot SET worker_id = NULL WHERE worker_id = ?", worker.id)
            try db.execute("DELETE FROM worker WHERE id = ?", worker.id)
        }
    }

    /// The workers whose lease of `leaseSeconds` runs, longest running first.
    package func liveWorkers(leaseSeconds: Double) throws(LedgerError) -> [WorkerRecord] {
        try read("list the workers") { db in try Self.liveWorkers(db, leaseSeconds: leaseSeconds) }
    }

    private static func liveWorkers(_ db: any LedgerConnection, leaseSeconds: Double) throws -> [WorkerRecord] {
        try db.rows(
            "SELECT \(WorkerRecord.selection(db.dialect)) FROM worker "
                + "WHERE renewed_at >= \(db.dialect.clockSeconds) - ? ORDER BY started_at, id", [leaseSeconds]
        ).map(WorkerRecord.init(row:))
    }
}
