import Carriers
import Foundation
import Ledger
import Outbox
import Workspace

/// Fetches and saves the label of every posted order that has none yet: `outbox/labels/<carrier>/<tracking>.pdf`.
/// A label that cannot be had makes the order `FAILED_TRACKING`; `orchestrator retry` brings it back.
struct LabelStage {
    let context: RunContext
    let availability: CarrierAvailability

    func run(summary: inout RunSummary) async throws {
        var queue = OrderQueue(ledger: context.ledger, states: [.posted], withoutLabelOnly: true)
        try await queue.forEach(
            concurrently: context.settings.posting.concurrency, isStopRequested: context.isStopRequested,
            { order in try await fetchLabel(of: order) },
            collect: { hasFailed in if hasFailed { summary.ordersFailed += 1 } })
    }

    /// Saves the label; true when the order failed for want of one.
    private func fetchLabel(of posted: OrderRecord) async throws -> Bool {
        var order = posted
        let carrierCode = order.carrierCode ?? ""
        guard order.labelPath == nil, availability.isAvailable(carrierCode), let client = context.carriers[carrierCode],
              let shipmentNumber = order.shipmentNumber
        else { return false }
        do {
            let label = try await RetryPolicy(context.settings.posting).run { () async throws(CarrierError) -> Data in
                try await client.label(shipmentNumber: shipmentNumber)
            }
            order.labelPath = try LabelFile.save(
                label, carrier: carrierCode, trackingNumber: order.trackingNumber ?? shipmentNumber,
                layout: context.layout)
            availability.recordSuccess(carrierCode)
            order.updatedAt = context.now()
            try await context.orderCommits.save(order, afterFlushingFiles: true)
            return false
        } catch let error as CarrierError {
            if availability.recordFailure(carrierCode, error) { return false }
            order.state = .failedTracking
            order.errorMessage = "label: \(error.description)"
            order.updatedAt = context.now()
            try await context.orderCommits.save(order, logging: [OperationRecord(
                scope: .carrier, action: "fetch_label", status: .error, message: error.description,
                orderID: order.orderId, carrier: carrierCode, at: context.now())])
            return true
        }
    }
}
