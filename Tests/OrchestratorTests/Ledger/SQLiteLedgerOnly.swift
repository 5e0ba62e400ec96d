import OrchestratorTesting
import Testing

extension Trait where Self == ConditionTrait {
    /// A test of the SQLite ledger file itself (its loss, damage, backup, migrations), skipped when the suite runs
    /// on PostgreSQL, whose own tools keep its ledger.
    static var sqliteLedgerOnly: Self {
        .enabled(if: !TestLedger.isPostgres, "a test of the SQLite ledger file; the suite runs on PostgreSQL")
    }

    /// A slow test of what does not depend on the ledger (`why`): run on the SQLite half of the suite only, its
    /// seconds spent once.
    static func onTheSQLiteHalfOnly(_ why: String) -> Self {
        .enabled(if: !TestLedger.isPostgres, "\(why); run on the SQLite half only")
    }
}
