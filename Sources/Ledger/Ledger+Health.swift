import Domain
import Foundation

/// What `health` asks of the ledger: its schema, its runs, orders that wait too long.
extension Ledger {
    /// The last migration applied to this ledger (an opened ledger has every one this program knows).
    package func schemaVersion() throws(LedgerError) -> String {
        try store.appliedMigrations().last ?? "none"
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
