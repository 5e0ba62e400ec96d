import Domain
import Foundation
import GRDB

/// The ledger inside one write transaction: what a stage reads and records between its start and its commit.
public struct LedgerTransaction {
    let db: Database

    // Intake runs these once or more per order: each uses a statement prepared once per connection.

    public func order(_ orderID: String) throws -> OrderRecord? {
        try OrderRecord.fetchOne(
            db.cachedStatement(sql: "SELECT \(OrderRecord.selection) FROM \"order\" WHERE order_id = ?"),
            arguments: [orderID])
    }

    public func save(_ order: OrderRecord) throws {
        try db.cachedStatement(sql: OrderRecord.upsertSQL).execute(arguments: StatementArguments(order.databaseValues))
    }

    public func update(_ file: InputFile) throws {
        try file.update(db)
    }

    public func log(_ operation: OperationRecord) throws {
        try db.cachedStatement(sql: OperationRecord.insertSQL).execute(arguments: StatementArguments(operation.databaseValues))
    }

    /// Records what became of `orderID` from this file, for the file's results.
    public func recordOutcome(fileID: Int64, orderID: String, firstLine: Int, outcome: String, message: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO file_order (file_id, order_id, first_line, outcome, message) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (file_id, order_id) DO UPDATE SET outcome = excluded.outcome, message = excluded.message
            """).execute(arguments: [fileID, orderID, firstLine, outcome, message])
    }

    public func recordRejection(fileID: Int64, orderID: String, problem: ValidationProblem) throws {
        try db.cachedStatement(sql: "INSERT INTO rejection (file_id, line, order_id, field, reason) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [fileID, problem.line, orderID, problem.field, problem.reason])
    }

    /// Is `relativePath` already promised to some file's archive, rejects or results?
    public func isPathTaken(_ relativePath: String) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM input_file WHERE archive_path = ?1 OR rejects_path = ?1 OR results_path = ?1)
                """,
            arguments: [relativePath]
        ) ?? false
    }

    /// Calls `body` once per order staged from `file`, with its lines in source order and the order as the ledger
    /// has it. Streams from SQLite: only one order's lines are in memory at a time. The lines come as stored, so
    /// that decoding them can happen off the ledger's thread.
    ///
    /// The recorded order comes with the lines, joined in the same query, rather than from one more query per
    /// order. `body` may save the order it is given: the cursor has already read past that order's lines.
    public func forEachStagedOrder(
        of file: InputFile, _ body: (StagedOrder) throws -> Void
    ) throws {
        guard let fileID = file.id else { return }
        let codec = StagedLineCodec(columns: file.columns ?? "")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.line, s.order_id, s.fields, \(OrderRecord.selectionFromO) FROM staged_line s
                LEFT JOIN "order" o ON o.order_id = s.order_id
                WHERE s.file_id = ? ORDER BY s.order_id, s.line
                """,
            arguments: [fileID],
            adapter: ScopeAdapter([Self.recordedScope: SuffixRowAdapter(fromIndex: 3)])
        )
        var current: StagedOrder?
        while let row = try rows.next() {
            let orderID: String = row[1]
            if orderID != current?.orderID {
                if let current { try body(current) }
                current = StagedOrder(orderID: orderID, recorded: row[Self.recordedScope], encodedLines: [], codec: codec)
            }
            current?.encodedLines.append((row[0], row[2]))
        }
        if let current { try body(current) }
    }

    private static let recordedScope = "recorded"

    /// Forgets the staged lines of a file once its orders are recorded.
    public func discardStagedLines(fileID: Int64) throws {
        try db.execute(sql: "DELETE FROM staged_line WHERE file_id = ?", arguments: [fileID])
    }
}

extension Ledger {
    /// Runs `body` in one write transaction: everything it records is committed together, or nothing is.
    public func transaction<T>(_ what: String, _ body: (LedgerTransaction) throws -> T) throws(LedgerError) -> T {
        try write(what) { db in try body(LedgerTransaction(db: db)) }
    }
}
