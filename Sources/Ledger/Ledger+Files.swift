import Domain
import Foundation

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
    /// Registers a file by its SHA-256, claimed by `worker`; the database's uniqueness on `sha256` decides what is a
    /// duplicate.
    ///
    /// The same content being taken by another live worker right now is a duplicate too.
    package func register(_ file: InputFile, for worker: Worker) throws(LedgerError) -> FileRegistration {
        try write("register \(file.name)") { db in
            if let inserted = try file.insert(in: db) {
                try db.execute("UPDATE input_file SET claimed_by = ? WHERE id = ?", worker.id, inserted.id)
                return .new(inserted)
            }
            let free = worker.noOtherLiveWorkerHolds("claimed_by", dialect: db.dialect)
            guard
                let row = try db.rows(
                    "SELECT \(InputFile.selection), CASE WHEN \(free.sql) THEN 1 ELSE 0 END FROM input_file "
                        + "WHERE sha256 = ?", free.values + [file.sha256]
                ).first
            else { throw LedgerError("register \(file.name)", "its SHA-256 is both taken and not found") }
            let earlier = try InputFile(row: row)
            let isHeldElsewhere = try row[InputFile.columns.count] as Int == 0
            guard earlier.status == .received, !isHeldElsewhere else { return .duplicate(of: earlier) }
            // A crash stopped its staging; it may have been renamed since. Resume it under today's name.
            var resumed = earlier
            resumed.name = file.name
            try resumed.update(in: db)
            try db.execute("UPDATE input_file SET claimed_by = ? WHERE id = ?", worker.id, resumed.id)
            return .resumed(resumed)
        }
    }

    /// Archived files whose results file is not written yet.
    package func filesAwaitingResults() throws(LedgerError) -> [InputFile] {
        try files("list files awaiting results", in: [.archived])
    }

    /// The files in one of `statuses` (with an archive path, if asked), oldest first.
    func files(
        _ what: String, in statuses: [InputFile.Status], archivedOnly: Bool = false
    ) throws(LedgerError) -> [InputFile] {
        try read(what) { db in
            let placeholders = Array(repeating: "?", count: statuses.count).joined(separator: ", ")
            return try db.rows(
                "SELECT \(InputFile.selection) FROM input_file WHERE status IN (\(placeholders))"
                    + (archivedOnly ? " AND archive_path IS NOT NULL" : "") + " ORDER BY id",
                statuses.map(\.rawValue)
            ).map(InputFile.init(row:))
        }
    }

    package func update(_ file: InputFile) throws(LedgerError) {
        try write("update \(file.name)") { db in try file.update(in: db) }
    }

    /// Calls `body` with the outcome of each order the file held, in order of first line, streaming from SQLite.
    package func forEachOutcome(fileID: Int64, _ body: (FileOrderOutcome) throws -> Void) throws {
        try forEachRow(
            "read the outcomes of file \(fileID)",
            """
            SELECT f.order_id, f.first_line, f.outcome, f.message, o.state, o.carrier_code,
                   o.tracking_number, o.error_message
            FROM file_order f LEFT JOIN "order" o ON o.order_id = f.order_id
            WHERE f.file_id = ? ORDER BY f.first_line
            """, [fileID]
        ) { row in try body(FileOrderOutcome(row: row)) }
    }

    package func rejections(fileID: Int64) throws(LedgerError) -> [Rejection] {
        try read("read the rejections of file \(fileID)") { db in
            try db.rows(
                "SELECT line, order_id, field, reason FROM rejection WHERE file_id = ? ORDER BY line, id", [fileID]
            ).map { row in
                Rejection(line: try row[0], orderID: try row[1], field: try row[2], reason: try row[3])
            }
        }
    }
}

/// What became of one order of an input file.
package struct FileOrderOutcome: Sendable, Equatable {
    package var orderID: String
    package var firstLine: Int
    /// The intake decision: `accepted`, `rejected`, `skipped`, `already posted`.
    package var outcome: String
    package var message: String
    /// The order's state now (after posting).
    package var state: String?
    package var carrierCode: String?
    package var trackingNumber: String?
    package var errorMessage: String?

    init(row: LedgerRow) throws {
        orderID = try row[0]
        firstLine = try row[1]
        outcome = try row[2]
        message = try row[3]
        state = try row[4]
        carrierCode = try row[5]
        trackingNumber = try row[6]
        errorMessage = try row[7]
    }
}

/// One rejected field of one line.
package struct Rejection: Sendable, Equatable {
    package var line: Int
    package var orderID: String
    package var field: String
    package var reason: String
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
            let lastOfPage: String? = try db.value(
                """
                SELECT MAX(order_id) FROM (SELECT DISTINCT order_id FROM staged_line
                WHERE file_id = ? AND order_id \(comparison) ? ORDER BY order_id LIMIT ?) AS page
                """, [fileID, after, limit])
            guard let lastOfPage else { return [] }
            var page: [ExportedOrder] = []
            try db.forEachRow(
                """
                SELECT order_id, line, fields FROM staged_line
                WHERE file_id = ? AND order_id \(comparison) ? AND order_id <= ? ORDER BY order_id, line
                """, [fileID, after, lastOfPage]
            ) { row in
                let orderID: String = try row[0]
                if orderID != page.last?.orderID { page.append(ExportedOrder(orderID: orderID, lines: [])) }
                page[page.count - 1].lines.append(
                    ExportedOrder.Line(number: try row[1], values: codec.decode(try row[2])))
            }
            return page
        }
    }

    /// Whether an earlier attempt at `fileID`, interrupted, already recorded some of its orders.
    package func hasOutcomes(fileID: Int64) throws(LedgerError) -> Bool {
        try read("look for the recorded orders of file \(fileID)") { db in
            try db.value("SELECT 1 FROM file_order WHERE file_id = ? LIMIT 1", [fileID], as: Int.self) != nil
        }
    }
}
