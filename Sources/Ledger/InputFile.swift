import Foundation

/// One file taken from the inbox, identified by its SHA-256.
package struct InputFile: Sendable, Equatable {
    package enum Status: String, Sendable {
        /// Registered; its lines are being staged (a restart stages them again).
        case received
        /// Its orders are in the ledger; the move to `archivePath` may not have happened yet.
        case validated
        /// In the archive; its results file is not written yet.
        case archived
        /// In the archive, results written: done.
        case reported
        /// Not readable as an export; about to move to `archive/failed/` with an error file.
        case failed
        /// In `archive/failed/`: done.
        case quarantined
    }

    package var id: Int64?
    package var sha256: String
    /// The file's name in the inbox.
    package var name: String
    package var size: Int64
    package var format: String?
    package var status: Status
    /// Where the file goes (relative to the root), decided and committed before it moves.
    package var archivePath: String?
    package var rejectsPath: String?
    package var resultsPath: String?
    package var error: String?
    package var runId: Int64
    package var receivedAt: Date
    package var lineCount: Int
    package var orderCount: Int

    package init(sha256: String, name: String, size: Int64, runID: Int64, receivedAt: Date) {
        self.sha256 = sha256
        self.name = name
        self.size = size
        self.status = .received
        self.runId = runID
        self.receivedAt = receivedAt
        self.lineCount = 0
        self.orderCount = 0
    }

    /// The table's columns, in the order of `init(row:)` and `values`.
    static let columns = [
        "id", "sha256", "name", "size", "format", "status", "archive_path", "rejects_path", "results_path", "error",
        "run_id", "received_at", "line_count", "order_count",
    ]
    static let selection = columns.joined(separator: ", ")

    init(row: LedgerRow) throws {
        id = try row[0]
        sha256 = try row[1]
        name = try row[2]
        size = try row[3]
        format = try row[4]
        let statusText: String = try row[5]
        guard let status = Status(rawValue: statusText) else {
            throw LedgerError("read input file \(name)", "unknown status '\(statusText)'")
        }
        self.status = status
        archivePath = try row[6]
        rejectsPath = try row[7]
        resultsPath = try row[8]
        error = try row[9]
        runId = try row[10]
        receivedAt = try row[11]
        lineCount = try row[12]
        orderCount = try row[13]
    }

    /// Every column but `id`, in the order of `columns`.
    private var values: [any LedgerValueConvertible] {
        [
            sha256, name, size, format, status.rawValue, archivePath, rejectsPath, resultsPath, error, runId,
            receivedAt, lineCount, orderCount,
        ]
    }

    /// Inserts the file and returns it with its id; nil when the ledger has a file with the same SHA-256.
    func insert(in db: any LedgerConnection) throws -> InputFile? {
        let names = Self.columns.dropFirst()
        let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let id: Int64? = try db.value(
            "INSERT INTO input_file (\(names.joined(separator: ", "))) VALUES (\(placeholders)) "
                + "ON CONFLICT (sha256) DO NOTHING RETURNING id",
            values)
        guard let id else { return nil }
        var inserted = self
        inserted.id = id
        return inserted
    }

    /// Writes every column of the file's row.
    func update(in db: any LedgerConnection) throws {
        let assignments = Self.columns.dropFirst().enumerated().map { "\($1) = ?\($0 + 1)" }
        try db.execute(
            "UPDATE input_file SET \(assignments.joined(separator: ", ")) WHERE id = ?\(assignments.count + 1)",
            values + [id])
    }
}
