import Foundation
import GRDB

/// One `run` (or one pass of `watch`) as the ledger remembers it.
package struct RunRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "run"

    package var id: Int64?
    /// UTC stamp used in the names of the files the run writes (`20261129T004817Z`).
    package var stamp: String
    package var startedAt: Date
    package var finishedAt: Date?
    package var exitCode: Int?
    package var summary: String?

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case stamp
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case exitCode = "exit_code"
        case summary
    }
}

extension Ledger {
    package func beginRun(stamp: String, at date: Date) throws(LedgerError) -> RunRecord {
        try write("record the run's start") { db in
            var run = RunRecord(stamp: stamp, startedAt: date)
            try run.insert(db)
            return run
        }
    }

    package func finish(_ run: RunRecord) throws(LedgerError) {
        try write("record the run's end") { db in try run.update(db) }
    }
}
