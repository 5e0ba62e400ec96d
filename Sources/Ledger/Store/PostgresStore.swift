import Foundation
import Logging

/// A ledger in a PostgreSQL database (`ORCHESTRATOR_LEDGER_URL`), shared by every worker on every host: one connection
/// for the writer, one for readers, each read a snapshot of what was committed (`REPEATABLE READ`), and one to
/// coordinate with other workers (the locks of the chores one worker does at a time, lease renewals).
///
/// Write transactions run one at a time over all workers, as SQLite's do (each takes an advisory lock first): every
/// invariant the ledger keeps on SQLite, such as operations exported in the order of their ids, holds here too. The
/// schema is built by the same named migrations as SQLite's, in PostgreSQL's dialect, recorded in `ledger_migration`.
final class PostgresStore: LedgerStore {
    var dialect: LedgerDialect { .postgres }
    private let writer: PostgresSession
    private let reader: PostgresSession
    private let coordination: PostgresSession
    private let location: String

    init(_ url: PostgresURL) throws(LedgerError) {
        location = url.redacted
        let logger = Logger(label: "orchestrator.ledger.postgres")
        writer = try PostgresSession(url, id: 1, logger: logger)
        reader = try PostgresSession(url, id: 2, logger: logger)
        coordination = try PostgresSession(url, id: 3, logger: logger)
        try migrate()
    }

    func write<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try writer.transaction("BEGIN") { db in
            try db.execute("SELECT pg_advisory_xact_lock(?)", [Self.writeLock])
            return try body(db)
        }
    }

    func writeAside<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try coordination.transaction("BEGIN", body)
    }

    func read<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try reader.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// A session-level advisory lock, on a connection of its own: it outlasts the transaction that takes it.
    func tryLock(_ key: Int64) throws -> Bool {
        try coordination.transaction("BEGIN") { db in
            try db.value("SELECT pg_try_advisory_lock(?)", [Self.choreLocks + key]) ?? false
        }
    }

    func unlock(_ key: Int64) throws {
        try coordination.transaction("BEGIN") { db in
            _ = try db.value("SELECT pg_advisory_unlock(?)", [Self.choreLocks + key], as: Bool.self)
        }
    }

    func endSessions(idleFor seconds: Double) throws(LedgerError) {
        let inTransaction = "SET idle_in_transaction_session_timeout = \(Int(seconds * 1000))"
        try writer.keep([inTransaction])
        try reader.keep([inTransaction])
        // Never idle for long while the worker runs: it renews the lease every quarter of it.
        try coordination.keep([inTransaction, "SET idle_session_timeout = \(Int(seconds * 1000))"])
    }

    func appliedMigrations() throws(LedgerError) -> [String] {
        do {
            return try read { db in
                try db.rows("SELECT name FROM ledger_migration ORDER BY applied_order").map { try $0[0] as String }
            }
        } catch {
            throw error as? LedgerError ?? LedgerError("read the ledger's migrations", error)
        }
    }

    /// PostgreSQL's own tools back it up: `pg_dump`, or the server's continuous archiving.
    func backUp(to path: String) throws(LedgerError) {
        throw LedgerError(
            "back the ledger up",
            "it is in PostgreSQL (\(location)): back it up with pg_dump or the server's own backups")
    }

    /// PostgreSQL checks its own pages; the ledger is intact when it answers.
    func isIntact() -> Bool {
        (try? read { db in try db.value("SELECT 1", as: Int.self) }) == 1
    }

    /// Applies the migrations this database lacks, in one transaction with their records, under an advisory lock: two
    /// hosts starting together migrate once.
    ///
    /// A database a newer version migrated further is refused, untouched.
    private func migrate() throws(LedgerError) {
        do {
            try writer.transaction("BEGIN") { db in
                try db.execute("SELECT pg_advisory_xact_lock(?)", [Self.migrationLock])
                try db.execute(
                    """
                    CREATE TABLE IF NOT EXISTS ledger_migration (
                        name TEXT PRIMARY KEY,
                        applied_order BIGINT GENERATED ALWAYS AS IDENTITY,
                        applied_at TEXT NOT NULL
                    )
                    """, values: [])
                let applied = Set(try db.rows("SELECT name FROM ledger_migration").map { try $0[0] as String })
                let unknown = applied.subtracting(LedgerSchema.migrations.map(\.name))
                guard unknown.isEmpty else { throw LedgerError.fromNewerVersion(location, migrations: unknown) }
                for migration in LedgerSchema.migrations where !applied.contains(migration.name) {
                    try db.executeScript(migration.postgres)
                    try db.execute(
                        "INSERT INTO ledger_migration (name, applied_at) VALUES (?, ?)", migration.name, Date())
                }
            }
        } catch {
            throw error as? LedgerError ?? LedgerError("migrate the ledger at \(location)", error)
        }
    }

    /// The key of the advisory lock migrations hold ("ORCHLEDG" in ASCII).
    private static let migrationLock: Int64 = 0x4F52_4348_4C45_4447
    /// The key of the advisory lock every write transaction takes first ("ORCHWRIT").
    private static let writeLock: Int64 = 0x4F52_4348_5752_4954
    /// The keys of the chores' locks start here ("ORCH" and the chore's number).
    private static let choreLocks: Int64 = 0x4F52_4348_0000_0000
}
