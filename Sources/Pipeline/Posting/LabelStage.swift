import Foundation
import Ledger
import Outbox
import RemoteCalls
import Workspace

/// Fetches and saves the label of every posted order that has none yet: `outbox/labels/<carrier>/<tracking>.pdf`.
///
/// A label that cannot be had makes the order `FAILED_TRACKING`; `orchestrator retry` brings it back.
struct LabelStage {
    let context: RunContext
    let availability: CarrierAvailability

    func run(summary: inout RunSummary) async throws {
        var queue = OrderQueue(ledger: context.ledger, states: [.posted], source: .listed(withoutLabelOnly: true))
        try await queue.forEach(
            concurrently: context.settings.posting.concurrency, isStopRequested: context.isStopRequested,
            { order in try await fetchLabel(of: order) },
            collect: { hasFailed in if hasFailed { summary.ordersFailed += 1 } })
    }

    /// Saves the label; true when the order failed for want of one.
    private func fetchLabel(of order: OrderRecord) async throws -> Bool {
        let carrierCode = order.carrierCode ?? ""
        guard order.labelPath == nil, availability.isAvailable(carrierCode), let client = context.carriers[carrierCode],
            let shipmentNumber = order.shipmentNumber
        else { return false }
        do {
            let label = try await RetryPolicy(context.settings.posting).run { () async throws(CallError) -> Data in
                try await client.label(shipmentNumber: shipmentNumber)
            }
            let labelPath = try LabelFile.save(
                label, carrier: carrierCode, trackingNumber: order.trackingNumber ?? shipmentNumber,
                layout: context.layout)
            availability.recordSuccess(carrierCode)
            try await context.commits.commit(afterFlushingFiles: true) { [now = context.now()] in
                try $0.recordLabel(order.orderID, labelPath: labelPath, at: now)
            }
            return false
        } catch let error as CallError {
            if availability.recordFailure(carrierCode, error) { return false }
            let operation = OperationRecord(
                scope: .carrier, action: .fetchLabel, status: .error, message: error.description,
                orderID: order.orderID, carrier: carrierCode, at: context.now())
            try await context.commits.commit { [now = context.now()] in
                try $0.failTracking(order.orderID, reason: "label: \(error.description)", at: now, logging: operation)
            }
            return true
        }
    }
}
