/// Where a ledger's rows live: the connections its queries run on, its transactions and what only that database
/// can do.
protocol LedgerStore: Sendable {
    var dialect: LedgerDialect { get }

    /// Runs `body` in one write transaction: all of it is committed, or none. Writes are one at a time.
    func write<T>(_ body: (any LedgerConnection) throws -> T) throws -> T

    /// Runs `body` on a consistent view of what was committed, beside the writer.
    func read<T>(_ body: (any LedgerConnection) throws -> T) throws -> T

    /// The names of the migrations applied, in order.
    func appliedMigrations() throws(LedgerError) -> [String]

    /// A consistent copy of the ledger in the file at `path`, taken while others write.
    func backUp(to path: String) throws(LedgerError)

    /// Every page of the ledger readable and well formed.
    func isIntact() -> Bool
}
