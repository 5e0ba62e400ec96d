import Foundation
import GRDB

/// One file taken from the inbox, identified by its SHA-256.
package struct InputFile: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "input_file"

    package enum Status: String, Codable, Sendable {
        /// Registered; its lines are being staged (a restart stages them again).
        case received
        /// Its orders are in the ledger; the move to `archivePath` may not have happened yet.
        case validated
        /// In the archive; its results file is not written yet.
        case archived
        /// In the archive, results written: done.
        case reported
        /// Not readable as an export; about to move to `archive/failed/` with an error file.
        case failed
        /// In `archive/failed/`: done.
        case quarantined
    }

    package var id: Int64?
    package var sha256: String
    /// The file's name in the inbox.
    package var name: String
    package var size: Int64
    package var format: String?
    package var status: Status
    /// Where the file goes (relative to the root), decided and committed before it moves.
    package var archivePath: String?
    package var rejectsPath: String?
    package var resultsPath: String?
    package var error: String?
    package var runId: Int64
    package var receivedAt: Date
    package var lineCount: Int
    package var orderCount: Int

    package init(sha256: String, name: String, size: Int64, runID: Int64, receivedAt: Date) {
        self.sha256 = sha256
        self.name = name
        self.size = size
        self.status = .received
        self.runId = runID
        self.receivedAt = receivedAt
        self.lineCount = 0
        self.orderCount = 0
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case sha256
        case name
        case size
        case format
        case status
        case archivePath = "archive_path"
        case rejectsPath = "rejects_path"
        case resultsPath = "results_path"
        case error
        case runId = "run_id"
        case receivedAt = "received_at"
        case lineCount = "line_count"
        case orderCount = "order_count"
    }
}
