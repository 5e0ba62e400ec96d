import Domain
import Foundation
import GRDB

/// What the ledger knows about a file just found in the inbox.
package enum FileRegistration: Sendable, Equatable {
    /// Never seen: registered now.
    case new(InputFile)
    /// Seen before, but a crash stopped its staging: stage it again.
    case resumed(InputFile)
    /// Its content was already taken in (the earlier file is given).
    case duplicate(of: InputFile)
}

extension Ledger {
    /// Registers a file by its SHA-256; the database's uniqueness on `sha256` decides what is a duplicate.
    package func register(_ file: InputFile) throws(LedgerError) -> FileRegistration {
        try write("register \(file.name)") { db in
            var file = file
            do {
                try file.insert(db)
                return .new(file)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                guard let earlier = try InputFile.filter(Column("sha256") == file.sha256).fetchOne(db) else {
                    throw error
                }
                guard earlier.status == .received else { return .duplicate(of: earlier) }
                // A crash stopped its staging; it may have been renamed since. Resume it under today's name.
                var resumed = earlier
                resumed.name = file.name
                try resumed.update(db)
                return .resumed(resumed)
            }
        }
    }

    /// Files whose processing a crash interrupted after their orders were recorded: their move to the archive
    /// (or to `archive/failed/`) may not have happened.
    package func filesAwaitingArchive() throws(LedgerError) -> [InputFile] {
        try read("list files awaiting the archive") { db in
            try InputFile.filter(
                [InputFile.Status.validated.rawValue, InputFile.Status.failed.rawValue]
                    .contains(Column("status"))
            ).order(Column("id")).fetchAll(db)
        }
    }

    /// Archived files whose results file is not written yet.
    package func filesAwaitingResults() throws(LedgerError) -> [InputFile] {
        try read("list files awaiting results") { db in
            try InputFile.filter(Column("status") == InputFile.Status.archived.rawValue).order(Column("id")).fetchAll(
                db)
        }
    }

    package func update(_ file: InputFile) throws(LedgerError) {
        try write("update \(file.name)") { db in try file.update(db) }
    }

    /// Calls `body` with the outcome of each order the file held, in order of first line, streaming from SQLite.
    package func forEachOutcome(fileID: Int64, _ body: (FileOrderOutcome) throws -> Void) throws {
        do {
            try pool.read { db in
                let outcomes = try FileOrderOutcome.fetchCursor(
                    db,
                    sql: """
                        SELECT f.order_id, f.first_line, f.outcome, f.message, o.state, o.carrier_code,
                               o.tracking_number, o.error_message
                        FROM file_order f LEFT JOIN "order" o ON o.order_id = f.order_id
                        WHERE f.file_id = ? ORDER BY f.first_line
                        """,
                    arguments: [fileID])
                while let outcome = try outcomes.next() { try body(outcome) }
            }
        } catch let error as DatabaseError {
            throw LedgerError("read the outcomes of file \(fileID)", error)
        }
    }

    package func rejections(fileID: Int64) throws(LedgerError) -> [Rejection] {
        try read("read the rejections of file \(fileID)") { db in
            try Rejection.fetchAll(
                db, sql: "SELECT line, order_id, field, reason FROM rejection WHERE file_id = ? ORDER BY line, id",
                arguments: [fileID])
        }
    }
}

/// What became of one order of an input file.
package struct FileOrderOutcome: Sendable, Equatable, FetchableRecord, Decodable {
    package var orderId: String
    package var firstLine: Int
    /// The intake decision: `accepted`, `rejected`, `skipped`, `already posted`.
    package var outcome: String
    package var message: String
    /// The order's state now (after posting).
    package var state: String?
    package var carrierCode: String?
    package var trackingNumber: String?
    package var errorMessage: String?

    enum CodingKeys: String, CodingKey {
        case orderId = "order_id"
        case firstLine = "first_line"
        case outcome
        case message
        case state
        case carrierCode = "carrier_code"
        case trackingNumber = "tracking_number"
        case errorMessage = "error_message"
    }
}

/// One rejected field of one line.
package struct Rejection: Sendable, Equatable, FetchableRecord, Decodable {
    package var line: Int
    package var orderId: String
    package var field: String
    package var reason: String

    enum CodingKeys: String, CodingKey {
        case line
        case orderId = "order_id"
        case field
        case reason
    }
}

extension Ledger {
    /// Up to `limit` orders staged from file `fileID`, those whose id comes after `orderID` (from the first when
    /// nil), by order id, each with its lines in source order: any number of scattered orders is recorded a page at
    /// a time.
    package func stagedOrders(
        fileID: Int64, codec: StagedLineCodec, after orderID: String?, limit: Int
    ) throws(LedgerError) -> [ExportedOrder] {
        try read("read the staged orders of file \(fileID)") { db in
            // Every id sorts after nil's stand-in, the empty id (lines without an order id) included.
            let (comparison, after) = orderID.map { (">", $0) } ?? (">=", "")
            let lastOfPage = try String.fetchOne(
                db,
                sql: """
                    SELECT MAX(order_id) FROM (SELECT DISTINCT order_id FROM staged_line
                    WHERE file_id = ? AND order_id \(comparison) ? ORDER BY order_id LIMIT ?)
                    """,
                arguments: [fileID, after, limit])
            guard let lastOfPage else { return [] }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT order_id, line, fields FROM staged_line
                    WHERE file_id = ? AND order_id \(comparison) ? AND order_id <= ? ORDER BY order_id, line
                    """,
                arguments: [fileID, after, lastOfPage])
            var page: [ExportedOrder] = []
            while let row = try rows.next() {
                let orderID: String = row[0]
                if orderID != page.last?.orderID { page.append(ExportedOrder(orderID: orderID, lines: [])) }
                page[page.count - 1].lines.append(ExportedOrder.Line(number: row[1], values: codec.decode(row[2])))
            }
            return page
        }
    }

    /// Whether an earlier attempt at `fileID`, interrupted, already recorded some of its orders.
    package func hasOutcomes(fileID: Int64) throws(LedgerError) -> Bool {
        try read("look for the recorded orders of file \(fileID)") { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM file_order WHERE file_id = ?)", arguments: [fileID])
                ?? false
        }
    }
}
