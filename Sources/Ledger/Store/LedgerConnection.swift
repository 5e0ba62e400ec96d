/// The ledger's database as its queries see it, SQLite or PostgreSQL: statements written once, in the SQL both
/// understand, with `?` or `?N` placeholders.
///
/// A connection is used by one caller at a time, inside one `read` or `write` of its store.
package protocol LedgerConnection {
    /// Which database it is, for the few statements written twice.
    var dialect: LedgerDialect { get }

    /// Runs a statement; returns how many rows it inserted, changed or deleted.
    @discardableResult
    func execute(_ sql: String, values: [LedgerValue]) throws -> Int

    /// Inserts a row, maybe in one statement with the rows inserted into the same table after it, before any other
    /// statement runs (`LedgerInsert`).
    func insert(_ values: [LedgerValue], _ statement: LedgerInsert) throws

    /// Calls `body` with each row of a query's result, in order.
    func forEachRow(_ sql: String, values: [LedgerValue], _ body: (LedgerRow) throws -> Void) throws
}

/// The databases a ledger can live in.
package enum LedgerDialect: Sendable {
    case sqlite
    case postgres

    /// What orders the rows of the order table as they were first recorded: SQLite's `rowid`, PostgreSQL's
    /// `position` identity column.
    var recordingOrder: String {
        switch self {
        case .sqlite: "rowid"
        case .postgres: "position"
        }
    }

    /// The database's own clock, in seconds since 1970: what workers' leases are measured by, so that hosts whose
    /// clocks differ still agree on whose lease ran out.
    var clockSeconds: String {
        switch self {
        case .sqlite: "((julianday('now') - 2440587.5) * 86400.0)"
        case .postgres: "EXTRACT(EPOCH FROM clock_timestamp())::float8"
        }
    }

    /// The seconds from the date in `start` to the date in `end`, both `LedgerDate` text expressions.
    func seconds(from start: String, to end: String) -> String {
        switch self {
        case .sqlite: "(julianday(\(end)) - julianday(\(start))) * 86400"
        case .postgres: "EXTRACT(EPOCH FROM (CAST(\(end) AS timestamp) - CAST(\(start) AS timestamp)))"
        }
    }
}

extension LedgerConnection {
    @discardableResult
    func execute(_ sql: String, _ arguments: [any LedgerValueConvertible]) throws -> Int {
        try execute(sql, values: arguments.map { $0.ledgerValue })
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: any LedgerValueConvertible...) throws -> Int {
        try execute(sql, arguments)
    }

    func forEachRow(
        _ sql: String, _ arguments: [any LedgerValueConvertible], _ body: (LedgerRow) throws -> Void
    ) throws {
        try forEachRow(sql, values: arguments.map { $0.ledgerValue }, body)
    }

    /// Every row of a query's result.
    func rows(_ sql: String, _ arguments: [any LedgerValueConvertible] = []) throws -> [LedgerRow] {
        var rows: [LedgerRow] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    /// The first column of the first row, nil when there is no row (or the value is NULL).
    func value<T: LedgerValueConvertible>(
        _ sql: String, _ arguments: [any LedgerValueConvertible] = [], as type: T.Type = T.self
    ) throws -> T? {
        guard let row = try rows(sql, arguments).first else { return nil }
        let value: T? = try row[0]
        return value
    }
}
