import Foundation

/// One `run` (or one pass of `watch`) as the ledger remembers it.
package struct RunRecord: Sendable, Equatable {
    package var id: Int64?
    /// UTC stamp used in the names of the files the run writes (`20261129T004817Z`).
    package var stamp: String
    package var startedAt: Date
    package var finishedAt: Date?
    package var exitCode: Int?
    package var summary: String?

    static let selection = "id, stamp, started_at, finished_at, exit_code, summary"

    init(stamp: String, startedAt: Date) {
        self.stamp = stamp
        self.startedAt = startedAt
    }

    init(row: LedgerRow) throws {
        id = try row[0]
        stamp = try row[1]
        startedAt = try row[2]
        finishedAt = try row[3]
        exitCode = try row[4]
        summary = try row[5]
    }
}

extension Ledger {
    package func beginRun(stamp: String, at date: Date) throws(LedgerError) -> RunRecord {
        try write("record the run's start") { db in
            var run = RunRecord(stamp: stamp, startedAt: date)
            run.id = try db.value("INSERT INTO run (stamp, started_at) VALUES (?, ?) RETURNING id", [stamp, date])
            return run
        }
    }

    package func finish(_ run: RunRecord) throws(LedgerError) {
        try write("record the run's end") { db in
            try db.execute(
                "UPDATE run SET finished_at = ?, exit_code = ?, summary = ? WHERE id = ?", run.finishedAt,
                run.exitCode, run.summary, run.id)
        }
    }
}
