import GRDB

/// The embedded ledger, `logs/ledger.sqlite`: SQLite in WAL mode, `synchronous = FULL`, one writer and readers
/// beside it (GRDB's `DatabasePool`), the schema built by GRDB's migrator.
struct SQLiteStore: LedgerStore {
    private let pool: DatabasePool
    var dialect: LedgerDialect { .sqlite }

    /// Opens (creating if needed) and migrates the ledger at `path`.
    ///
    /// A ledger a newer version of the program has migrated further is refused, never written: this version does not
    /// know what its columns mean.
    init(path: String) throws(LedgerError) {
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
            guard unknown.isEmpty else { throw LedgerError.fromNewerVersion(path, migrations: unknown) }
            try LedgerSchema.migrator.migrate(pool)
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError("open the ledger at \(path)", error)
        }
    }

    func write<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try pool.write { db in try body(SQLiteConnection(db: db)) }
    }

    /// One process at a time works on an SQLite ledger: nothing to renew beside it.
    func writeAside<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try write(body)
    }

    func read<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try pool.read { db in try body(SQLiteConnection(db: db)) }
    }

    /// One process at a time works on an SQLite ledger (the run lock): there is no one to share a lock with.
    func tryLock(_ key: Int64) -> Bool { true }

    func unlock(_ key: Int64) {}

    /// One process at a time writes a SQLite ledger (the root's lock): none can hold up another.
    func endSessions(idleFor seconds: Double) {}

    func appliedMigrations() throws(LedgerError) -> [String] {
        do {
            return try pool.read { db in try LedgerSchema.migrator.appliedMigrations(db) }
        } catch {
            throw LedgerError("read the ledger's migrations", error)
        }
    }

    /// SQLite's `VACUUM INTO`.
    func backUp(to path: String) throws(LedgerError) {
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        } catch {
            throw LedgerError("back the ledger up to \(path)", error)
        }
    }

    /// SQLite's `quick_check`.
    func isIntact() -> Bool {
        (try? pool.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" }) ?? false
    }
}
