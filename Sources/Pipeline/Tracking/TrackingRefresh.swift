import Carriers
import Domain
import Foundation
import Ledger
import RemoteCalls

/// `orchestrator refresh-tracking`: asks each carrier where the shipped orders are, stores the events it has not stored
/// before, keeps the latest status beside the order's state, and completes delivered orders.
///
/// Orders not yet in the tracking file (`POSTED`) get their status but keep their state, so no tracking row is skipped.
package struct TrackingRefresh: Sendable {
    /// What a refresh did.
    package struct Summary: Sendable, Equatable {
        package var ordersAsked = 0
        package var statusesChanged = 0
        package var ordersCompleted = 0
        package var incidents = 0
        package var errors = 0
        package var unavailableCarriers: [String: String] = [:]

        /// 0 when every carrier answered; 1 when some order could not be asked about.
        package var exitCode: Int32 { errors > 0 || !unavailableCarriers.isEmpty ? 1 : 0 }

        package var line: String {
            var parts = [
                "\(ordersAsked) order(s) asked", "\(statusesChanged) status change(s)",
                "\(ordersCompleted) delivered and complete", "\(incidents) incident(s)", "\(errors) error(s)",
            ]
            for (carrier, reason) in unavailableCarriers.sorted(by: { $0.key < $1.key }) {
                parts.append("\(carrier) unavailable: \(reason)")
            }
            return parts.joined(separator: ", ")
        }
    }

    enum StatusCheck: Sendable {
        case unchanged
        case changed(CarrierStatus, completed: Bool)
        case failed, notAsked
    }

    static let shippedStates: [OrderState] = [.posted, .tracked, .miraklOK]

    let context: RunContext

    package init(context: RunContext) {
        self.context = context
    }

    package func run() async throws -> Summary {
        let availability = CarrierAvailability(
            unconfigured: context.unconfiguredCarriers,
            failuresBeforeUnavailable: context.settings.posting.failuresBeforeUnavailable)
        var summary = Summary()
        var queue = OrderQueue(ledger: context.ledger, states: Self.shippedStates)
        try await queue.forEach(
            concurrently: context.settings.posting.concurrency, isStopRequested: context.isStopRequested,
            { order in try await refresh(order, availability: availability) },
            collect: { outcome in
                switch outcome {
                case .notAsked: return
                case .unchanged: break
                case .failed: summary.errors += 1
                case .changed(let status, let completed):
                    summary.statusesChanged += 1
                    if completed { summary.ordersCompleted += 1 }
                    if status == .incident { summary.incidents += 1 }
                }
                summary.ordersAsked += 1
            })
        summary.unavailableCarriers = availability.unavailableAmongConsulted()
        try await ReportingStage(context: context).run()
        return summary
    }

    private func refresh(_ shipped: OrderRecord, availability: CarrierAvailability) async throws -> StatusCheck {
        let carrierCode = shipped.carrierCode ?? ""
        guard let shipmentNumber = shipped.shipmentNumber, availability.isAvailable(carrierCode),
            let client = context.carriers[carrierCode]
        else {
            if context.carriers[carrierCode] == nil, shipped.shipmentNumber != nil {
                availability.markUnavailable(carrierCode, reason: "no such carrier is configured")
            }
            return .notAsked
        }
        let events: [TrackingEvent]
        do {
            events = try await RetryPolicy(context.settings.posting).run { () async throws(CallError) in
                try await client.trackingEvents(shipmentNumber: shipmentNumber)
            }
            availability.recordSuccess(carrierCode)
        } catch {
            _ = availability.recordFailure(carrierCode, error)
            let failure = OperationRecord(
                scope: .carrier, action: .refreshTracking, status: .error, message: error.description,
                orderID: shipped.orderID, carrier: carrierCode, at: context.now())
            try await context.commits.commit { try $0.log(failure) }
            return .failed
        }
        guard let latest = events.last else { return .unchanged }
        let change = TrackingChange(
            latest: latest, state: shipped.state,
            kept: TrackingChange.Kept(
                status: shipped.carrierStatus, code: shipped.carrierStatusCode, text: shipped.carrierStatusText,
                at: shipped.carrierStatusAt))
        let operations =
            change.isNews
            ? [
                OperationRecord(
                    scope: .carrier, action: .refreshTracking, status: latest.status == .incident ? .warning : .ok,
                    message: "\(latest.status.rawValue): \(latest.code) \(latest.text)"
                        + (change.completes ? "; order complete" : ""),
                    orderID: shipped.orderID, carrier: carrierCode, at: context.now())
            ] : []
        let records = events.map { event in
            TrackingEventRecord(
                orderID: shipped.orderID, carrierCode: carrierCode, recordedAt: event.recordedAt,
                status: event.status.rawValue, code: event.code, text: event.text)
        }
        // On the blocking queue, many orders a flush: this runs in a task group as wide as `posting.concurrency`.
        let (orderID, state, fetchedAt) = (shipped.orderID, shipped.state, context.now())
        try await context.commits.commit { transaction in
            try transaction.recordTracking(
                orderID, in: state, latest: change.isNews ? records.last : nil, completes: change.completes,
                events: records, fetchedAt: fetchedAt, logging: operations)
        }
        return change.isNews ? .changed(latest.status, completed: change.completes) : .unchanged
    }
}
