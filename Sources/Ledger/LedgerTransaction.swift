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

    package func save(_ order: OrderRecord) throws {
        try db.cachedStatement(sql: OrderRecord.upsertSQL).execute(arguments: StatementArguments(order.databaseValues))
    }

    package func update(_ file: InputFile) throws {
        try file.update(db)
    }

    package func log(_ operation: OperationRecord) throws {
        try db.cachedStatement(sql: OperationRecord.insertSQL).execute(
            arguments: StatementArguments(operation.databaseValues))
    }

    /// Records what became of `orderID` from this file, for the file's results.
    package func recordOutcome(fileID: Int64, orderID: String, firstLine: Int, outcome: String, message: String) throws
    {
        try db.cachedStatement(
            sql: """
                INSERT INTO file_order (file_id, order_id, first_line, outcome, message) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (file_id, order_id) DO UPDATE SET outcome = excluded.outcome, message = excluded.message
                """
        ).execute(arguments: [fileID, orderID, firstLine, outcome, message])
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
