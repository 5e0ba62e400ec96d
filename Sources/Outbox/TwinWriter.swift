import Dispatch
import XLSX

/// Writes a review file's twin on a thread of its own, fed batches of rows, so that the twin's work overlaps the
/// ledger's and the CSV's on the machine's other core.
///
/// Rewriting a 100,000-order view (`review-benchmark`, release build, 2 cores, medians of three) took 6.9-7.1 s with
/// the twin written in line, 3.8-4.2 s this way (-40 %), against 2.1-2.4 s for the CSV alone: the twin adds 1.6-1.8 s
/// instead of 4.6-4.8 s. Measured on the rewrite, which is most of a pass that changed a few orders of such a ledger;
/// not timed as a whole pass.
final class TwinWriter: @unchecked Sendable {
    /// Rows handed over at once; with `batchesAhead`, what memory holds at most beside the table's own row.
    static let batchSize = 1_000
    static let batchesAhead = 4

    /// Touched on `queue` only, once handed over.
    private let table: XLSXTableWriter
    private let queue = DispatchQueue(label: "orchestrator.review-twin")
    private let room = DispatchSemaphore(value: TwinWriter.batchesAhead)
    private var batch: [ReviewRow] = []
    /// The first error the table threw; the rows after it are dropped, and `close()` throws it.
    private var failure: (any Error)?

    init(_ table: XLSXTableWriter) {
        self.table = table
        batch.reserveCapacity(Self.batchSize)
    }

    /// Adds a row after the last.
    func append(_ row: ReviewRow) {
        batch.append(row)
        if batch.count == Self.batchSize { handOver() }
    }

    /// Writes the rows still in hand and finishes the table; throws what the table threw on the way.
    func close() throws {
        handOver()
        try queue.sync {
            if let failure { throw failure }
            try table.close()
        }
    }

    private func handOver() {
        guard !batch.isEmpty else { return }
        let rows = batch
        batch.removeAll(keepingCapacity: true)
        room.wait()
        queue.async { [self] in
            defer { room.signal() }
            guard failure == nil else { return }
            do {
                for row in rows { try table.append(row.cells.map(\.xlsx), isHighlighted: row.needsAPerson) }
            } catch {
                failure = error
            }
        }
    }
}
