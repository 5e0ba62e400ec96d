/// Where a ledger's rows live: the connections its queries run on, its transactions and what only that database
/// can do.
protocol LedgerStore: Sendable {
    var dialect: LedgerDialect { get }

    /// Runs `body` in one write transaction: all of it is committed, or none. Writes are one at a time.
    func write<T>(_ body: (any LedgerConnection) throws -> T) throws -> T

    /// Runs `body` in one short write transaction of its own, beside the writer rather than after it: a lease renewal
    /// must not wait behind a long transaction of this process or of another.
    func writeAside<T>(_ body: (any LedgerConnection) throws -> T) throws -> T

    /// Runs `body` on a consistent view of what was committed, beside the writer.
    func read<T>(_ body: (any LedgerConnection) throws -> T) throws -> T

    /// Takes the lock `key`, shared with every process on this ledger, when no other process holds it; true when
    /// taken. It holds until `unlock(_:)`, or until this process's connection ends.
    func tryLock(_ key: Int64) throws -> Bool

    func unlock(_ key: Int64) throws

    /// Has the database end this process's sessions that sit idle in a transaction for `seconds`, and the one that
    /// holds its locks once idle that long at all: a worker frozen in the middle (a paused host, a stopped process)
    /// must not hold every other worker's writes, or the lock of a chore, for longer than its lease.
    func endSessions(idleFor seconds: Double) throws(LedgerError)

    /// The names of the migrations applied, in order.
    func appliedMigrations() throws(LedgerError) -> [String]

    /// A consistent copy of the ledger in the file at `path`, taken while others write.
    func backUp(to path: String) throws(LedgerError)

    /// Every page of the ledger readable and well formed.
    func isIntact() -> Bool
}
