import Domain
import Foundation

/// What `health` asks of the ledger: its schema, its runs, orders that wait too long.
extension Ledger {
    /// The last migration applied to this ledger (an opened ledger has every one this program knows).
    package func schemaVersion() throws(LedgerError) -> String {
        try store.appliedMigrations().last ?? "none"
    }

    /// The TLS version the connection to a PostgreSQL ledger is encrypted with; nil when it is not encrypted, or the
    /// ledger is a file.
    package func connectionEncryption() throws(LedgerError) -> String? {
        guard isInPostgres else { return nil }
        return try read("ask how the connection is encrypted") { db in
            try db.value("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl", [])
        }
    }

    /// The newest runs, newest first.
    package func latestRuns(limit: Int) throws(LedgerError) -> [RunRecord] {
        try read("read the latest runs") { db in
            try db.rows("SELECT \(RunRecord.selection) FROM run ORDER BY id DESC LIMIT ?", [limit]).map(
                RunRecord.init(row:))
        }
    }

    /// How many orders are in `state` and have not changed since `date`.
    package func count(in state: OrderState, unchangedSince date: Date) throws(LedgerError) -> Int {
        try read("count waiting orders") { db in
            try db.value(
                #"SELECT COUNT(*) FROM "order" WHERE state = ? AND updated_at < ?"#, [state.rawValue, date]) ?? 0
        }
    }
}
