import Foundation
import Ledger
import Outbox
import Workspace

/// Writes the tracking rows of posted, labelled orders to `outbox/tracking/tracking-<stamp>.csv` and marks them
/// `TRACKED`.
///
/// The file is promised to the orders in the ledger before it is written, so a crash in between ends with the same file
/// written once, never with a row lost or given twice.
struct TrackingStage {
    let context: RunContext
    let run: RunRecord

    func run(summary: inout RunSummary) throws {
        let path = context.layout.relative(
            try FileMove.freeName(in: context.layout.tracking, for: TrackingFile.name(stamp: run.stamp)))
        let ready = try context.ledger.promiseTrackingFile(path)
        guard !ready.isEmpty else { return }
        CrashPoint.beforeTrackingFile.reach()
        // Rows a killed run promised to an earlier file go to that file, the others to this run's.
        let byFile = Dictionary(grouping: ready, by: \.trackingFile)
        for (file, rows) in byFile.sorted(by: { $0.key < $1.key }) {
            try write(rows, to: file, summary: &summary)
        }
    }

    private func write(_ rows: [TrackingRow], to path: String, summary: inout RunSummary) throws {
        let document = TrackingFile.document(rows, carriers: context.carrierNames, writer: context.csvWriter)
        _ = try AtomicFile.createExactly(context.layout.path(path), data: document)
        let now = context.now()
        try context.ledger.markTracked(
            trackingFile: path, at: now,
            logging: rows.map { row in
                OperationRecord(
                    scope: .orchestrator, action: .writeTracking, status: .ok,
                    message: "tracking \(row.trackingNumber) written to \(path)", orderID: row.orderID,
                    carrier: row.carrierCode, at: now)
            })
        summary.ordersTracked += rows.count
    }
}
