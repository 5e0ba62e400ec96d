import Foundation
import GRDB

/// The state store (`logs/ledger.sqlite`): every file, staged line, order and operation. SQLite in WAL mode;
/// each stage commits its outcome here before the next stage starts and before any file moves.
package final class Ledger: Sendable {
    let pool: DatabasePool

    /// Opens (creating if needed) and migrates the ledger at `path`. A ledger a newer version of the program has
    /// migrated further is refused, never written: this version does not know what its columns mean.
    package init(path: String) throws(LedgerError) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let known = Set(LedgerSchema.migrator.migrations)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let unknown = try pool.read { db in
                try db.tableExists("grdb_migrations")
                    ? try LedgerSchema.migrator.appliedIdentifiers(db).subtracting(known) : []
            }
            guard unknown.isEmpty else {
                var error = LedgerError(
                    "open the ledger at \(path)",
                    "a newer version of this program wrote it (migrations \(unknown.sorted().joined(separator: ", "))); "
                        + "run that version, or restore a backup this one wrote")
                error.isFromNewerVersion = true
                throw error
            }
            try LedgerSchema.migrator.migrate(pool)
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError("open the ledger at \(path)", error)
        }
    }

    /// Runs `body` in one write transaction: all of it is committed, or none.
    func write<T>(_ what: String, _ body: (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try pool.write(body)
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(what, error)
        }
    }

    /// Like `write`, but an error thrown by `body` itself (not by SQLite) comes back unchanged.
    func writePassingErrors<T>(_ what: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw LedgerError(what, error)
        }
    }

    func read<T>(_ what: String, _ body: (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw LedgerError(what, error)
        }
    }
}

/// A ledger operation that failed. Bound values (personal data) are not part of the message.
package struct LedgerError: Error, Sendable, CustomStringConvertible {
    package var operation: String
    package var message: String
    /// The ledger file is damaged (SQLite found a malformed page, or no database at all).
    package var isDamage = false
    /// The disk (or the ledger's quota) is full.
    package var isDiskFull = false
    /// A newer version of the program migrated the ledger further than this one knows.
    package var isFromNewerVersion = false

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

    package var description: String { "cannot \(operation): \(message)" }
}
