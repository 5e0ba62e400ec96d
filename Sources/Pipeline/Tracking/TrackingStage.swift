import Foundation
import Ledger
import Outbox
import Workspace

/// Writes the tracking rows of posted, labelled orders to `outbox/tracking/tracking-<stamp>.csv` and marks them
/// `TRACKED`. The file is promised to the orders in the ledger before it is written, so a crash in between
/// ends with the same file written once, never with a row lost or given twice.
struct TrackingStage {
    let context: RunContext
    let run: RunRecord

    func run(summary: inout RunSummary) throws {
        let ready = try context.ledger.orders(in: [.posted]).filter { $0.labelPath != nil }
        let promised = Dictionary(grouping: ready.filter { $0.trackingFile != nil }) { $0.trackingFile ?? "" }
        for (path, orders) in promised.sorted(by: { $0.key < $1.key }) {
            try write(orders, to: path, summary: &summary)
        }
        let fresh = ready.filter { $0.trackingFile == nil }
        guard !fresh.isEmpty else { return }
        let path = context.layout.relative(
            try FileMove.freeName(in: context.layout.tracking, for: TrackingFile.name(stamp: run.stamp)))
        try context.ledger.assignTrackingFile(path, to: fresh.map(\.orderId))
        CrashPoint.beforeTrackingFile.reach()
        try write(fresh, to: path, summary: &summary)
    }

    private func write(_ orders: [OrderRecord], to path: String, summary: inout RunSummary) throws {
        let document = TrackingFile.document(orders, carriers: context.carrierNames, writer: context.csvWriter)
        _ = try AtomicFile.createExactly(context.layout.path(path), data: document)
        let now = context.now()
        try context.ledger.transaction("mark orders tracked") { ledger in
            for var order in orders {
                order.state = .tracked
                order.trackingFile = path
                order.updatedAt = now
                try ledger.save(order)
                try ledger.log(OperationRecord(
                    scope: .orchestrator, action: "write_tracking", status: .ok,
                    message: "tracking \(order.trackingNumber ?? "") written to \(path)", orderID: order.orderId,
                    carrier: order.carrierCode ?? "", at: now))
            }
        }
        summary.ordersTracked += orders.count
    }
}
