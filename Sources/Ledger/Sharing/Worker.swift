import Foundation

/// One process working on a ledger.
///
/// The files, orders and carrier call slots it claims are its own while its lease runs. Alone on its ledger (SQLite,
/// under the run lock) a process outlives every earlier one, so each claim they left is its to take at once; sharing
/// one (PostgreSQL), a claim stays another worker's until that worker's lease runs out.
package struct Worker: Sendable, Equatable {
    /// Host, process id and a random suffix: unique, and safe as a folder name.
    package let id: String
    package let host: String
    package let pid: Int
    /// Other processes, on this host or others, may work on the ledger at the same time.
    package let sharesWork: Bool
    /// How long its claims hold after its last renewal.
    package let leaseSeconds: Double

    /// `host` must be safe in a file name.
    package init(host: String, pid: Int, sharesWork: Bool, leaseSeconds: Double) {
        id = "\(host)-\(pid)-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
        self.host = host
        self.pid = pid
        self.sharesWork = sharesWork
        self.leaseSeconds = leaseSeconds
    }

    /// This process, alone on its ledger.
    package static func alone() -> Worker {
        Worker(host: "local", pid: Int(getpid()), sharesWork: false, leaseSeconds: 0)
    }

    /// SQL that is true when no other worker whose lease runs holds the claim in `column`, with its values (`?`
    /// placeholders).
    ///
    /// Alone on the ledger, no claim but its own can be held by a running process.
    func noOtherLiveWorkerHolds(
        _ column: String, dialect: LedgerDialect
    ) -> (sql: String, values: [any LedgerValueConvertible]) {
        guard sharesWork else { return ("1 = 1", []) }
        return (
            "(\(column) IS NULL OR \(column) NOT IN "
                + "(SELECT id FROM worker WHERE id <> ? AND renewed_at >= \(dialect.clockSeconds) - ?))",
            [id, leaseSeconds]
        )
    }
}

/// A worker as the ledger records it.
package struct WorkerRecord: Sendable, Equatable {
    package var id: String
    package var host: String
    package var pid: Int
    /// The SHA-256 of the settings it was started with.
    package var settingsSHA256: String
    package var startedAt: Date
    /// Seconds since it last renewed its lease, by the database's clock.
    package var secondsSinceRenewal: Double

    static func selection(_ dialect: LedgerDialect) -> String {
        "id, host, pid, settings_sha256, started_at, \(dialect.clockSeconds) - renewed_at"
    }

    init(row: LedgerRow) throws {
        id = try row[0]
        host = try row[1]
        pid = try row[2]
        settingsSHA256 = try row[3]
        startedAt = try row[4]
        secondsSinceRenewal = try row[5]
    }
}
