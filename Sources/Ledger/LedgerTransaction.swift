import Domain
import Foundation

/// The ledger inside one write transaction: what a stage reads and records between its start and its commit.
package struct LedgerTransaction {
    let db: any LedgerConnection

    package func order(_ orderID: String) throws -> OrderRecord? {
        try db.rows("SELECT \(OrderRecord.selection) FROM \"order\" WHERE order_id = ?", [orderID]).first.map(
            OrderRecord.init(row:))
    }

    /// The orders among `orderIDs` that the ledger has, by id: one query for a page of orders.
    package func orders(_ orderIDs: [String]) throws -> [String: OrderRecord] {
        guard !orderIDs.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: orderIDs.count).joined(separator: ", ")
        let found = try db.rows(
            "SELECT \(OrderRecord.selection) FROM \"order\" WHERE order_id IN (\(placeholders))", orderIDs
        ).map(OrderRecord.init(row:))
        return Dictionary(found.map { ($0.orderID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Records an order the ledger does not have yet; one it has is an error.
    package func add(_ order: OrderRecord) throws {
        try db.insert(order.insertValues, OrderRecord.insert)
    }

    package func update(_ file: InputFile) throws {
        try file.update(in: db)
    }

    package func log(_ operation: OperationRecord) throws {
        try db.insert(operation.insertValues, OperationRecord.insert)
    }

    /// Records what became of `orderID` from this file, for the file's results.
    package func recordOutcome(fileID: Int64, orderID: String, firstLine: Int, outcome: String, message: String) throws
    {
        let values: [any LedgerValueConvertible] = [fileID, orderID, firstLine, outcome, message]
        try db.insert(values.map(\.ledgerValue), Self.outcomeInsert)
    }

    private static let outcomeInsert = LedgerInsert(
        into: "file_order", columns: ["file_id", "order_id", "first_line", "outcome", "message"],
        updatingOnConflict: ["file_id", "order_id"], set: ["outcome", "message"])

    package func recordRejection(fileID: Int64, orderID: String, problem: ValidationProblem) throws {
        try db.execute(
            "INSERT INTO rejection (file_id, line, order_id, field, reason) VALUES (?, ?, ?, ?, ?)",
            fileID, problem.line, orderID, problem.field, problem.reason)
    }

    /// Whether `relativePath` is already promised to some file's archive, rejects or results.
    package func isPathTaken(_ relativePath: String) throws -> Bool {
        try db.value(
            "SELECT 1 FROM input_file WHERE archive_path = ?1 OR rejects_path = ?1 OR results_path = ?1 LIMIT 1",
            [relativePath], as: Int.self) != nil
    }

    /// What this file already made of `orderID`, when an interrupted earlier attempt recorded it.
    package func outcome(fileID: Int64, orderID: String) throws -> String? {
        try db.value("SELECT outcome FROM file_order WHERE file_id = ? AND order_id = ?", [fileID, orderID])
    }

    /// Keeps the lines of an order until the whole file is read: its lines are not all next to each other.
    ///
    /// Staging them again (a resumed file) changes nothing.
    package func stage(_ order: ExportedOrder, fileID: Int64, codec: StagedLineCodec) throws {
        for line in order.lines {
            try db.execute(
                """
                INSERT INTO staged_line (file_id, order_id, line, fields) VALUES (?, ?, ?, ?)
                ON CONFLICT (file_id, order_id, line) DO UPDATE SET fields = excluded.fields
                """, fileID, order.orderID, line.number, codec.encode(line.values))
        }
    }

    /// Forgets the staged lines of a file once its orders are recorded.
    package func discardStagedLines(fileID: Int64) throws {
        try db.execute("DELETE FROM staged_line WHERE file_id = ?", fileID)
    }
}

extension Ledger {
    /// Runs `body` in one write transaction: everything it records is committed together, or nothing is.
    package func transaction<T>(_ what: String, _ body: (LedgerTransaction) throws -> T) throws(LedgerError) -> T {
        try write(what) { db in try body(LedgerTransaction(db: db)) }
    }
}
