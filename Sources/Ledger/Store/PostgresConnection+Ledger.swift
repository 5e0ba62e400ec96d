import Foundation
import Logging
import NIOCore
import PostgresNIO
import Synchronization

/// A `LedgerConnection` on a PostgreSQL connection. The ledger's callers are synchronous (they run on the blocking
/// queue), so a query waits for its answer: postgres-nio runs it on its own event loop, never on the thread that
/// waits. Statements sent without waiting (`send`) are answered in order before any later one; their answers are
/// checked when a later statement's is, and before a commit. Rows inserted into a table (`insert`) are held until a
/// statement is to be waited for, and sent as one statement per table.
final class PostgresLedgerConnection: LedgerConnection {
    let connection: PostgresConnection
    let logger: Logger
    /// The answers of the statements sent without waiting, not checked yet.
    private let unchecked = Mutex<[EventLoopFuture<PostgresQueryResult>]>([])
    /// Rows inserted and not sent yet: a batch per statement, in the order each was first used.
    private let batches = Mutex<[(statement: LedgerInsert, rows: [[LedgerValue]])]>([])

    /// The most values PostgreSQL takes in one statement.
    static let mostValuesPerStatement = 65_535
    var dialect: LedgerDialect { .postgres }

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    @discardableResult
    func execute(_ sql: String, values: [LedgerValue]) throws -> Int {
        try sendBatches()
        return try wait(for: start(sql, values)).metadata.rows ?? 0
    }

    func send(_ sql: String, values: [LedgerValue]) throws {
        let answer = try start(sql, values)
        unchecked.withLock { $0.append(answer) }
    }

    func insert(_ values: [LedgerValue], _ statement: LedgerInsert) throws {
        let full = batches.withLock { batches -> (statement: LedgerInsert, rows: [[LedgerValue]])? in
            guard let index = batches.firstIndex(where: { $0.statement == statement }) else {
                batches.append((statement, [values]))
                return nil
            }
            let key = statement.keyPositions.map { values[$0] }
            if !key.isEmpty,
                let same = batches[index].rows.lastIndex(where: { row in statement.keyPositions.map { row[$0] } == key }
                )
            {
                // One statement may not change a row twice: the last of the rows with this key stands for them.
                batches[index].rows.remove(at: same)
            }
            batches[index].rows.append(values)
            guard (batches[index].rows.count + 1) * values.count > Self.mostValuesPerStatement else { return nil }
            return batches.remove(at: index)
        }
        if let full { try send(full) }
    }

    /// Sends every batch of inserted rows, without waiting: before a statement that waits, which must see them.
    private func sendBatches() throws {
        let held = batches.withLock { batches in
            defer { batches.removeAll() }
            return batches
        }
        for batch in held { try send(batch) }
    }

    private func send(_ batch: (statement: LedgerInsert, rows: [[LedgerValue]])) throws {
        let answer = try start(
            batch.statement.numberedSQL(rows: batch.rows.count), batch.rows.flatMap { $0 }, isNumbered: true)
        unchecked.withLock { $0.append(answer) }
    }

    /// Throws the first failure among the statements sent without waiting; a commit after one would roll back.
    func checkSent() throws {
        try sendBatches()
        let sent = unchecked.withLock { sent in
            defer { sent.removeAll() }
            return sent
        }
        for answer in sent { _ = try wait(for: answer) }
    }

    func forEachRow(_ sql: String, values: [LedgerValue], _ body: (LedgerRow) throws -> Void) throws {
        try sendBatches()
        let result = try wait(for: start(sql, values))
        let columns = result.rows.first.map { $0.map(\.columnName) } ?? []
        for row in result.rows {
            try body(LedgerRow(columns: columns, values: try row.map(Self.value)))
        }
    }

    /// Runs statements that take no values, one after the other (a migration).
    func executeScript(_ script: String) throws {
        for statement in script.components(separatedBy: ";\n") {
            let trimmed = statement.trimmingCharacters(
                in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
            if !trimmed.isEmpty { try execute(trimmed, values: []) }
        }
    }

    /// Sends a statement (with PostgreSQL's `$N` placeholders already when `isNumbered`); its answer comes in the
    /// returned future, failed after `longestWait` at the latest.
    private func start(
        _ sql: String, _ values: [LedgerValue], isNumbered: Bool = false
    ) throws -> EventLoopFuture<PostgresQueryResult> {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .real(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            }
        }
        let query = PostgresQuery(unsafeSQL: isNumbered ? sql : PostgresPlaceholders.numbered(sql), binds: bindings)
        // A query written to a connection that has closed is never answered (postgres-nio drops it): never ask one,
        // and wait for no answer longer than `longestWait`.
        guard !connection.isClosed else { throw LedgerError("reach PostgreSQL", "the connection was closed") }
        let answer = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
        connection.query(query, logger: logger).cascade(to: answer)
        let timeout = connection.eventLoop.scheduleTask(in: Self.longestWait) {
            answer.fail(LedgerError("reach PostgreSQL", "no answer in \(Self.longestWait)"))
        }
        answer.futureResult.whenComplete { _ in timeout.cancel() }
        return answer.futureResult
    }

    /// Waits for a statement's answer. When it failed, a statement sent earlier without waiting may be the one that
    /// failed first (the transaction refuses everything after it): that first failure is thrown.
    private func wait(for answer: EventLoopFuture<PostgresQueryResult>) throws -> PostgresQueryResult {
        do {
            let result = try answer.wait()
            try checkSent()
            return result
        } catch {
            try checkSent()
            throw error as? LedgerError ?? PostgresFailure.ledgerError(error)
        }
    }

    /// The longest the ledger waits for one statement's answer: a full read of a large ledger takes seconds.
    static let longestWait: TimeAmount = .minutes(2)

    /// A cell as a `LedgerValue`: integers and booleans as integers, floating and numeric values as reals,
    /// everything else as text.
    private static func value(_ cell: PostgresCell) throws -> LedgerValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric: return .real(NSDecimalNumber(decimal: try cell.decode(Decimal.self)).doubleValue)
        default: return .text(try cell.decode(String.self))
        }
    }
}

/// SQLite's placeholders (`?`, `?N`) as PostgreSQL's (`$N`), outside quoted text and names.
enum PostgresPlaceholders {
    private static let cache = Mutex<[String: String]>([:])

    static func numbered(_ sql: String) -> String {
        if let known = cache.withLock({ $0[sql] }) { return known }
        var result = ""
        var next = 1
        var quote: Character?
        var characters = sql.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if let open = quote {
                result.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                result.append(character)
            case "?":
                var digits = ""
                while let digit = pending, digit.isASCII, digit.isNumber {
                    digits.append(digit)
                    pending = characters.next()
                }
                if digits.isEmpty {
                    result += "$\(next)"
                    next += 1
                } else {
                    result += "$" + digits
                }
            default:
                result.append(character)
            }
        }
        cache.withLock { $0[sql] = result }
        return result
    }
}

/// What PostgreSQL (or the way to it) answered, as a `LedgerError`. Only the server's message and SQL state are
/// kept: a query's values (personal data) never reach a message.
enum PostgresFailure {
    static func ledgerError(_ error: any Error) -> LedgerError {
        guard let failure = error as? PSQLError else { return LedgerError("reach PostgreSQL", error) }
        guard let server = failure.serverInfo else {
            var ledgerError = LedgerError("reach PostgreSQL", "\(failure.code)")
            ledgerError.isConnectionLost = [
                .clientClosedConnection, .serverClosedConnection, .connectionError, .uncleanShutdown,
            ].contains(failure.code)
            return ledgerError
        }
        let state = server[.sqlState] ?? ""
        var ledgerError = LedgerError(
            "run a statement", "\(server[.message] ?? "PostgreSQL refused the statement") (SQL state \(state))")
        // 53100 disk_full; class XX internal errors (data_corrupted, index_corrupted); class 57P the server shutting
        // down or starting (a restart, a failover) and class 08 a broken connection.
        ledgerError.isDiskFull = state == "53100"
        ledgerError.isDamage = state.hasPrefix("XX")
        ledgerError.isConnectionLost = state.hasPrefix("57P") || state.hasPrefix("08")
        return ledgerError
    }
}
