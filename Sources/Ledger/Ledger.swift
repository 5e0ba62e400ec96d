import Foundation
import GRDB

/// The state store (`logs/ledger.sqlite`, or PostgreSQL: `LedgerLocation`): every file, staged line, order and
/// operation.
///
/// Each stage commits its outcome here before the next stage starts and before any file moves.
package final class Ledger: Sendable {
    let store: any LedgerStore

    /// Opens (creating if needed) and migrates the SQLite ledger at `path`.
    package convenience init(path: String) throws(LedgerError) {
        self.init(store: try SQLiteStore(path: path))
    }

    init(store: any LedgerStore) {
        self.store = store
    }

    /// Runs `body` in one write transaction: all of it is committed, or none.
    @discardableResult
    func write<T>(_ what: String, _ body: (any LedgerConnection) throws -> T) throws(LedgerError) -> T {
        do {
            return try store.write(body)
        } catch var error as LedgerError {
            error.operation = what
            throw error
        } catch {
            throw LedgerError(what, error)
        }
    }

    func read<T>(_ what: String, _ body: (any LedgerConnection) throws -> T) throws(LedgerError) -> T {
        do {
            return try store.read(body)
        } catch var error as LedgerError {
            error.operation = what
            throw error
        } catch {
            throw LedgerError(what, error)
        }
    }

    /// Calls `body` with each row of a query, reading beside the writer: what `orders`, `operations`, the results files
    /// and `verify` stream.
    ///
    /// An error thrown by `body` itself comes back unchanged.
    func forEachRow(
        _ what: String, _ sql: String, _ arguments: [any LedgerValueConvertible] = [],
        _ body: (LedgerRow) throws -> Void
    ) throws {
        do {
            try store.read { connection in
                try connection.forEachRow(sql, values: arguments.map { $0.ledgerValue }, body)
            }
        } catch var error as LedgerError {
            error.operation = what
            throw error
        } catch let error as DatabaseError {
            throw LedgerError(what, error)
        }
    }
}

/// A ledger operation that failed.
///
/// Bound values (personal data) are not part of the message.
package struct LedgerError: Error, Sendable, CustomStringConvertible {
    package var operation: String
    package var message: String
    /// The ledger file is damaged (SQLite found a malformed page, or no database at all).
    package var isDamage = false
    /// The disk (or the ledger's quota) is full.
    package var isDiskFull = false
    /// A newer version of the program migrated the ledger further than this one knows.
    package var isFromNewerVersion = false
    /// The database server dropped the connection in the middle of a transaction (a restart, a failover): the
    /// transaction was not committed, and the next one connects again.
    package var isConnectionLost = false

    init(_ operation: String, _ error: any Error) {
        self.operation = operation
        if let databaseError = error as? DatabaseError {
            message = databaseError.message ?? "SQLite error \(databaseError.resultCode)"
            isDamage = [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(databaseError.resultCode)
            isDiskFull = databaseError.resultCode == .SQLITE_FULL
        } else {
            message = "\(error)"
        }
    }

    init(_ operation: String, _ message: String) {
        self.operation = operation
        self.message = message
    }

    static func fromNewerVersion(_ location: String, migrations: Set<String>) -> LedgerError {
        var error = LedgerError(
            "open the ledger at \(location)",
            "a newer version of this program wrote it (migrations \(migrations.sorted().joined(separator: ", "))); "
                + "run that version, or restore a backup this one wrote")
        error.isFromNewerVersion = true
        return error
    }

    package var description: String { "cannot \(operation): \(message)" }
}
