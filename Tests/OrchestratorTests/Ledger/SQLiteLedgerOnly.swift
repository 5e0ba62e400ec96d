import OrchestratorTesting
import Testing

extension Trait where Self == ConditionTrait {
    /// A test of the SQLite ledger file itself (its loss, damage, backup, migrations), skipped when the suite runs
    /// on PostgreSQL, whose own tools keep its ledger.
    static var sqliteLedgerOnly: Self {
        .enabled(if: !TestLedger.isPostgres, "a test of the SQLite ledger file; the suite runs on PostgreSQL")
    }
}
