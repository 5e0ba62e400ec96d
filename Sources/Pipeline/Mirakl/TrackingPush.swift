import Domain
import Foundation
import Ledger
import Mirakl
import Outbox
import RemoteCalls

/// Gives Mirakl the tracking of every `TRACKED` order (OR23) and confirms its shipment (OR24), whatever file or fetch
/// it came from.
///
/// Each accepted call is committed before the next, so a killed push resumes at the call that was not yet accepted:
/// OR23 is never repeated once the ledger has it, and an OR24 whose answer was lost is found out by looking the order
/// up (Mirakl shows it `SHIPPED`), never counted as a failure.
///
/// Mirakl refusing an order (cancelled, not in `SHIPPING`, tracking mandatory, unknown) makes it `FAILED_PUSH` with
/// Mirakl's words. Mirakl itself failing (the key refused, an outage past the retries, the run's call budget spent)
/// fails no order: the push stops, the orders stay `TRACKED` for the next run, and the run says why.
struct TrackingPush {
    let context: RunContext
    let client: MiraklClient

    /// How one order's push ended.
    private enum Result: Sendable {
        case confirmed
        /// Mirakl cancelled it after booking (intake flagged it for a person): nothing to confirm.
        case notPushed
        /// Mirakl refused OR23 or OR24 for this order: look it up before failing it.
        case refused(String)
        /// Mirakl could not be used: stop pushing.
        case stopped(CallError)
    }

    func run(summary: inout RunSummary) async throws {
        var refused: [(orderID: String, reason: String)] = []
        var stop: CallError?
        var queue = OrderQueue(ledger: context.ledger, states: [.tracked])
        context.progress.begin("confirming to Mirakl", total: try context.ledger.count(in: .tracked))
        // Orders at once: twice the calls allowed in flight, so that the ledger commits between an order's two
        // calls leave no call slot idle.
        try await queue.forEach(
            concurrently: context.settings.mirakl.maxCallsInFlight * 2,
            isStopRequested: { stop != nil || context.isStopRequested() },
            { order in (order.orderID, try await push(order)) },
            collect: { orderID, result in
                context.progress.update { $0.done += 1 }
                switch result {
                case .confirmed:
                    summary.ordersConfirmed += 1
                    context.progress.update { $0.ordersConfirmed += 1 }
                case .notPushed: break
                case .refused(let reason): refused.append((orderID, reason))
                case .stopped(let error): stop = stop ?? error
                }
            })
        try await settle(refused, summary: &summary)
        if let stop {
            let waiting = try context.ledger.count(in: .tracked)
            let message = "Mirakl push stopped: \(stop.message); \(waiting) order(s) stay TRACKED for the next run"
            try context.ledger.log([
                OperationRecord(
                    scope: .mirakl, action: .pushTracking, status: .error, message: message, at: context.now())
            ])
            summary.miraklProblems.append(message)
        }
    }

    /// OR23 unless the ledger already has it, then OR24, each committed once accepted.
    private func push(_ order: OrderRecord) async throws -> Result {
        if OrderValidator.cancelledStates.contains(order.miraklState ?? "") { return .notPushed }
        let carrier = order.carrierCode ?? ""
        let retry = RetryPolicy(context.settings.mirakl)
        if order.miraklTrackingUpdated == nil {
            let tracking = tracking(of: order)
            let started = ContinuousClock.now
            do {
                try await retry.run { () async throws(CallError) in
                    try await client.updateTracking(orderID: order.orderID, tracking)
                }
            } catch {
                return error.kind == .permanent ? .refused(error.message) : .stopped(error)
            }
            let carrierAsNamed = tracking.carrierCode.isEmpty ? tracking.carrierName : tracking.carrierCode
            let operation = OperationRecord(
                scope: .mirakl, action: .updateTracking, status: .ok,
                message: "tracking \(tracking.trackingNumber) (\(carrierAsNamed)) given to Mirakl",
                orderID: order.orderID, carrier: carrier, durationMs: (ContinuousClock.now - started).wholeMilliseconds,
                at: context.now())
            try await context.commits.commit { [now = context.now()] in
                try $0.markTrackingSentToMirakl(order.orderID, at: now, logging: operation)
            }
            CrashPoint.afterTrackingSent.reach()
        }
        let started = ContinuousClock.now
        do {
            try await retry.run { () async throws(CallError) in
                try await client.confirmShipment(orderID: order.orderID)
            }
        } catch {
            return error.kind == .permanent ? .refused(error.message) : .stopped(error)
        }
        CrashPoint.afterShipmentConfirmed.reach()
        let operation = OperationRecord(
            scope: .mirakl, action: .confirmShipment, status: .ok, message: "shipment confirmed to Mirakl",
            orderID: order.orderID, carrier: carrier, durationMs: (ContinuousClock.now - started).wholeMilliseconds,
            at: context.now())
        try await context.commits.commit { [now = context.now()] in
            try $0.markShipmentConfirmedToMirakl(order.orderID, at: now, logging: operation)
        }
        return .confirmed
    }

    /// What OR23 says of the order: the operator's Mirakl carrier code where one is configured, else the carrier's
    /// name and tracking URL.
    private func tracking(of order: OrderRecord) -> MiraklTracking {
        let names = context.carrierNames
        let carrier = order.carrierCode ?? ""
        return MiraklTracking(
            carrierCode: names.miraklCode(carrier), carrierName: names.name(carrier),
            carrierURL: names.trackingURL(carrier: carrier, trackingNumber: order.trackingNumber),
            trackingNumber: order.trackingNumber ?? "")
    }

    /// Looks the refused orders up (OR11 by `order_ids`, a hundred at a time): one Mirakl already shows shipped was
    /// confirmed by an earlier call whose answer was lost, and is `MIRAKL_OK`; any other is `FAILED_PUSH` with Mirakl's
    /// words.
    ///
    /// When the look-up itself fails, they stay `TRACKED` for the next run.
    private func settle(_ refused: [(orderID: String, reason: String)], summary: inout RunSummary) async throws {
        let retry = RetryPolicy(context.settings.mirakl)
        for start in stride(from: 0, to: refused.count, by: MiraklClient.idsPerLookup) {
            let batch = Array(refused[start..<min(start + MiraklClient.idsPerLookup, refused.count)])
            let found: [MiraklOrder]
            do {
                found = try await retry.run { () async throws(CallError) -> [MiraklOrder] in
                    try await client.orders(ids: batch.map(\.orderID))
                }
            } catch {
                let message =
                    "Mirakl look-up of \(batch.count) refused order(s) failed: \(error.message); "
                    + "they stay TRACKED for the next run"
                try context.ledger.log([
                    OperationRecord(
                        scope: .mirakl, action: .pushTracking, status: .error, message: message, at: context.now())
                ])
                summary.miraklProblems.append(message)
                continue
            }
            let foundByID = Dictionary(found.map { ($0.id, $0) }) { _, last in last }
            for (orderID, reason) in batch {
                let state = foundByID[orderID]?.state
                if let order = foundByID[orderID], order.isShipped {
                    let operation = OperationRecord(
                        scope: .mirakl, action: .confirmShipment, status: .ok,
                        message: "Mirakl already shows the order \(order.state): an earlier confirmation got through",
                        orderID: orderID, at: context.now())
                    try await context.commits.commit { [now = context.now()] in
                        try $0.markShipmentConfirmedToMirakl(orderID, at: now, logging: operation)
                    }
                    summary.ordersConfirmed += 1
                } else {
                    let message = reason + (state.map { " (Mirakl shows the order \($0))" } ?? "")
                    let operation = OperationRecord(
                        scope: .mirakl, action: .pushTracking, status: .error, message: message, orderID: orderID,
                        at: context.now())
                    try await context.commits.commit { [now = context.now()] in
                        try $0.markPushFailed(orderID, reason: message, at: now, logging: operation)
                    }
                    summary.ordersPushFailed += 1
                }
            }
        }
    }
}
