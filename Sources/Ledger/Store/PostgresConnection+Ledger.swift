import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO
import Synchronization

/// A `LedgerConnection` on a PostgreSQL connection.
///
/// The ledger's callers are synchronous (they run on the blocking queue), so each query waits for its answer:
/// postgres-nio runs it on its own event loop, never on the thread that waits. Rows inserted into a table (`insert`)
/// are held until another statement is to run, or the transaction to commit (`runHeldInserts`), and go as one statement
/// per table.
final class PostgresLedgerConnection: LedgerConnection {
    let connection: PostgresConnection
    let logger: Logger
    /// Rows inserted and not sent yet: a batch per statement, in the order each was first used.
    private let batches = Mutex<[(statement: LedgerInsert, rows: [[LedgerValue]])]>([])
    var dialect: LedgerDialect { .postgres }

    /// The most values PostgreSQL takes in one statement.
    static let mostValuesPerStatement = 65_535

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    @discardableResult
    func execute(_ sql: String, values: [LedgerValue]) throws -> Int {
        try runHeldInserts()
        return try run(sql, values).metadata.rows ?? 0
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
        if let full { try run(full) }
    }

    /// Runs the rows inserted and held, a statement per table: before any other statement, which must see them, and
    /// before a commit.
    func runHeldInserts() throws {
        let held = batches.withLock { batches in
            defer { batches.removeAll() }
            return batches
        }
        for batch in held { try run(batch) }
    }

    /// Forgets the rows inserted and held: the transaction is rolled back.
    func discardHeldInserts() {
        batches.withLock { $0.removeAll() }
    }

    private func run(_ batch: (statement: LedgerInsert, rows: [[LedgerValue]])) throws {
        _ = try run(batch.statement.numberedSQL(rows: batch.rows.count), batch.rows.flatMap { $0 }, isNumbered: true)
    }

    func forEachRow(_ sql: String, values: [LedgerValue], _ body: (LedgerRow) throws -> Void) throws {
        try runHeldInserts()
        let result = try run(sql, values)
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

    /// Runs a statement (with PostgreSQL's `$N` placeholders already when `isNumbered`) and waits for its answer.
    private func run(_ sql: String, _ values: [LedgerValue], isNumbered: Bool = false) throws -> PostgresQueryResult {
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
        // give up within a second when the connection closes under it (the server ended an idle session while this
        // process was frozen, and it asked before it saw), and wait for no answer longer than `longestWait`.
        guard !connection.isClosed else { throw LedgerError("reach PostgreSQL", "the connection was closed") }
        let answer = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
        connection.query(query, logger: logger).cascade(to: answer)
        let asked = NIODeadline.now()
        let watch = connection.eventLoop.scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) {
            [connection] _ in
            if connection.isClosed {
                answer.fail(LedgerError("reach PostgreSQL", "the connection was closed"))
            } else if NIODeadline.now() - asked >= Self.longestWait {
                answer.fail(LedgerError("reach PostgreSQL", "no answer in \(Self.longestWait)"))
            }
        }
        defer { watch.cancel() }
        do {
            return try answer.futureResult.wait()
        } catch let error as LedgerError {
            throw error
        } catch {
            throw PostgresFailure.ledgerError(error)
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

/// What PostgreSQL (or the way to it) answered, as a `LedgerError`.
///
/// Only the server's message and SQL state are kept: a query's values (personal data) never reach a message.
enum PostgresFailure {
    static func ledgerError(_ error: any Error) -> LedgerError {
        guard let failure = error as? PSQLError else { return LedgerError("reach PostgreSQL", error) }
        guard let server = failure.serverInfo else {
            var ledgerError = LedgerError("reach PostgreSQL", clientSideMessage(failure))
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

    /// What went wrong before the server said anything, in the words of the URL's options where TLS refused it.
    private static func clientSideMessage(_ failure: PSQLError) -> String {
        if failure.code == .sslUnsupported {
            return "the server does not offer TLS, which the URL's sslmode requires"
        }
        switch failure.underlying {
        case let refused as NIOSSLExtraError where refused == .failedToValidateHostname:
            return "the server's TLS certificate does not name the host connected to, as sslmode=verify-full requires"
        case let tls as NIOSSLError:
            return "the TLS handshake failed (\(tls)); with sslmode=verify-ca or verify-full the server's "
                + "certificate must be signed by an authority in sslrootcert, or the system's when none is given"
        case let other?: return "\(failure.code): \(other)"
        case nil: return "\(failure.code)"
        }
    }
}
