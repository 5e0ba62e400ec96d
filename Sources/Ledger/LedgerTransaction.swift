import Domain
import Foundation
import GRDB

/// The ledger inside one write transaction: what a stage reads and records between its start and its commit.
package struct LedgerTransaction {
    let db: Database

    // Intake runs these once or more per order: each uses a statement prepared once per connection.

    package func order(_ orderID: String) throws -> OrderRecord? {
        try OrderRecord.fetchOne(
            db.cachedStatement(sql: "SELECT \(OrderRecord.selection) FROM \"order\" WHERE order_id = ?"),
            arguments: [orderID])
    }

    /// The orders among `orderIDs` that the ledger has, by id: one query for a page of orders.
    package func orders(_ orderIDs: [String]) throws -> [String: OrderRecord] {
        guard !orderIDs.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: orderIDs.count).joined(separator: ", ")
        let found = try OrderRecord.fetchAll(
            db.cachedStatement(
                sql: "SELECT \(OrderRecord.selection) FROM \"order\" WHERE order_id IN (\(placeholders))"),
            arguments: StatementArguments(orderIDs))
        return Dictionary(found.map { ($0.orderId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Records an order the ledger does not have yet; one it has is an error.
    package func add(_ order: OrderRecord) throws {
        var insert = try BoundInsert(OrderRecord.insertSQL, in: db)
        order.bind(into: &insert)
        try insert.execute()
    }

    package func update(_ file: InputFile) throws {
        try file.update(db)
    }

    package func log(_ operation: OperationRecord) throws {
        var insert = try BoundInsert(OperationRecord.insertSQL, in: db)
        operation.bind(into: &insert)
        try insert.execute()
    }

    /// Records what became of `orderID` from this file, for the file's results.
    package func recordOutcome(fileID: Int64, orderID: String, firstLine: Int, outcome: String, message: String) throws
    {
        var insert = try BoundInsert(
            """
            INSERT INTO file_order (file_id, order_id, first_line, outcome, message) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (file_id, order_id) DO UPDATE SET outcome = excluded.outcome, message = excluded.message
            """, in: db)
        insert.bind(fileID)
        insert.bind(orderID)
        insert.bind(firstLine)
        insert.bind(outcome)
        insert.bind(message)
        try insert.execute()
    }

    package func recordRejection(fileID: Int64, orderID: String, problem: ValidationProblem) throws {
        try db.cachedStatement(
            sql: "INSERT INTO rejection (file_id, line, order_id, field, reason) VALUES (?, ?, ?, ?, ?)"
        )
        .execute(arguments: [fileID, problem.line, orderID, problem.field, problem.reason])
    }

    /// Is `relativePath` already promised to some file's archive, rejects or results?
    package func isPathTaken(_ relativePath: String) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM input_file WHERE archive_path = ?1 OR rejects_path = ?1 OR results_path = ?1)
                """,
            arguments: [relativePath]
        ) ?? false
    }

    /// What this file already made of `orderID`, when an interrupted earlier attempt recorded it.
    package func outcome(fileID: Int64, orderID: String) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT outcome FROM file_order WHERE file_id = ? AND order_id = ?"),
            arguments: [fileID, orderID])
    }

    /// Keeps the lines of an order until the whole file is read: its lines are not all next to each other. Staging
    /// them again (a resumed file) changes nothing.
    package func stage(_ order: ExportedOrder, fileID: Int64, codec: StagedLineCodec) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO staged_line (file_id, order_id, line, fields) VALUES (?, ?, ?, ?)")
        for line in order.lines {
            try statement.execute(arguments: [fileID, order.orderID, line.number, codec.encode(line.values)])
        }
    }

    /// Forgets the staged lines of a file once its orders are recorded.
    package func discardStagedLines(fileID: Int64) throws {
        try db.execute(sql: "DELETE FROM staged_line WHERE file_id = ?", arguments: [fileID])
    }
}

extension Ledger {
    /// Runs `body` in one write transaction: everything it records is committed together, or nothing is.
    package func transaction<T>(_ what: String, _ body: (LedgerTransaction) throws -> T) throws(LedgerError) -> T {
        try write(what) { db in try body(LedgerTransaction(db: db)) }
    }
}
