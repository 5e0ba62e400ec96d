import Domain
import Foundation
import GRDB

/// What `health` asks of the ledger: its schema, its runs, orders that wait too long.
extension Ledger {
    /// The last migration applied to this ledger (an opened ledger has every one this program knows).
    package func schemaVersion() throws(LedgerError) -> String {
        try read("read the ledger's schema version") { db in
            try LedgerSchema.migrator.appliedMigrations(db).last ?? "none"
        }
    }

    /// The newest runs, newest first.
    package func latestRuns(limit: Int) throws(LedgerError) -> [RunRecord] {
        try read("read the latest runs") { db in
            try RunRecord.order(Column("id").desc).limit(limit).fetchAll(db)
        }
    }

    /// How many orders are in `state` and have not changed since `date`.
    package func count(in state: OrderState, unchangedSince date: Date) throws(LedgerError) -> Int {
        try read("count waiting orders") { db in
            try Int.fetchOne(
                db, sql: #"SELECT COUNT(*) FROM "order" WHERE state = ? AND updated_at < ?"#,
                arguments: [state.rawValue, LedgerDate.text(date)]) ?? 0
        }
    }
}
