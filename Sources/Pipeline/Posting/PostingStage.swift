import Carriers
import Domain
import Foundation
import Ledger
import Logging
import RemoteCalls

/// Books a shipment for every queued order and saves the label that comes with it (or is fetched right after).
///
/// `POSTING` is committed before each create; an order found in `POSTING` (a crash, a timeout after the request left, a
/// worker whose lease ran out) is looked up at the carrier by reference and adopted if it exists, so no order is ever
/// shipped twice. The queue is claimed a batch at a time: workers sharing the ledger never post the same order, and a
/// worker that loses its lease stops before its next create.
struct PostingStage {
    let context: RunContext
    let availability: CarrierAvailability

    enum PostAttempt: Sendable {
        case posted, failed, deferred
    }

    /// Posts every queued order, oldest first.
    func run(summary: inout RunSummary) async throws {
        // A rebuilt ledger does not know what the lost one booked: every create waits for a look-up.
        let looksUpEveryOrder = try context.ledger.lookUpsBeforeCreatesUntil().map { $0 > context.now() } ?? false
        let worker = context.lease.worker
        // Claims an earlier pass of this process left (it stopped on an error) go back to the queue first.
        try context.ledger.releaseOrders(of: worker)
        var queue = OrderQueue(ledger: context.ledger, states: [.posting, .pendingPost], source: .claimed(for: worker))
        context.progress.begin(
            "posting", total: try context.ledger.count(in: .posting) + context.ledger.count(in: .pendingPost))
        try await queue.forEach(
            concurrently: context.settings.posting.concurrency, isStopRequested: context.isStopRequested,
            { order in try await post(order, lookingUpFirst: looksUpEveryOrder) },
            collect: { outcome in
                context.progress.update {
                    $0.done += 1
                    if case .posted = outcome { $0.ordersPosted += 1 }
                }
                switch outcome {
                case .posted: summary.ordersPosted += 1
                case .failed: summary.ordersFailed += 1
                case .deferred: break
                }
            })
        // The orders deferred to a later run wait in the queue for any worker.
        try context.ledger.releaseOrders(of: worker)
    }

    private func post(_ order: OrderRecord, lookingUpFirst looksUpEveryOrder: Bool) async throws -> PostAttempt {
        let carrierCode = order.carrierCode ?? ""
        guard availability.isAvailable(carrierCode), let client = context.carriers[carrierCode] else {
            if context.carriers[carrierCode] == nil {
                availability.markUnavailable(carrierCode, reason: "no such carrier is configured")
            }
            return .deferred
        }
        guard let shippable = order.shippableOrder, let service = order.serviceCode else {
            let error = CallError(
                kind: .permanent, service: carrierCode, message: "the ledger holds no validated order to post")
            return try await fail(
                order.orderID, from: order.state, error, failedAttempts: 0, createMayHaveGoneOut: false)
        }
        let request = ShipmentRequestBuilder.request(for: shippable, service: service, sender: context.settings.sender)
        // A create may already have reached the carrier: after a crash in POSTING, after an earlier failure, or
        // before the ledger was lost.
        var mustLookUpFirst = order.state == .posting || order.retryCount > 0 || looksUpEveryOrder
        let hasBegun = try await context.commits.commit { [now = context.now()] in
            try $0.beginPosting(order.orderID, from: order.state, contentSHA256: order.contentSHA256, at: now)
        }
        guard hasBegun else { return .deferred }

        let policy = RetryPolicy(context.settings.posting)
        var failedAttempts = 0
        while true {
            try context.lease.requireHeld()
            let started = ContinuousClock.now
            let mayAlreadyExist = mustLookUpFirst
            switch await attemptShipment(request, client: client, lookUpFirst: mayAlreadyExist) {
            case .success((var shipment, let adopted)):
                availability.recordSuccess(carrierCode)
                // The label in the same breath saves a pass and a commit; if the carrier cannot give it now, the
                // label stage asks again, with retries.
                if shipment.label == nil {
                    shipment.label = try? await client.label(shipmentNumber: shipment.shipmentNumber)
                }
                try await record(shipment, of: order, adopted: adopted, failedAttempts: failedAttempts, since: started)
                return .posted
            case .failure(let error):
                mustLookUpFirst = true
                let isStopping = Task.isCancelled
                let carrierIsDown =
                    !isStopping && error.isTransient && availability.recordTransientFailure(carrierCode, error)
                // This failure is counted already: more in a row than this order's own attempts means none succeeded.
                let failuresInARow = availability.failuresInARow(carrierCode)
                let step = PostingStep(
                    after: error, failedAttempts: failedAttempts, policy: policy, mayAlreadyExist: mayAlreadyExist,
                    carrierIsDown: carrierIsDown, noCallSucceededMeanwhile: failuresInARow > failedAttempts,
                    isStopping: isStopping)
                switch step {
                case .retry:
                    failedAttempts += 1
                    context.logger.info(
                        "carrier call failed, will retry",
                        metadata: [
                            "order.id": "\(order.orderID)", "carrier.code": "\(carrierCode)", "error": "\(error)",
                        ])
                    try? await Task.sleep(for: policy.delay(after: failedAttempts, error: error))
                case .deferToNextRun(let createMayHaveGoneOut):
                    if error.kind == .unavailable, !isStopping {
                        availability.markUnavailable(carrierCode, reason: error.message)
                    } else if error.isTransient, !isStopping, !carrierIsDown {
                        // An order's every attempt failed with no call succeeding: down, as the breaker would say.
                        availability.markDown(carrierCode, after: error)
                    }
                    return try await deferPosting(
                        order.orderID, error, failedAttempts: failedAttempts,
                        createMayHaveGoneOut: createMayHaveGoneOut)
                case .fail(let createMayHaveGoneOut):
                    return try await fail(
                        order.orderID, from: .posting, error, failedAttempts: failedAttempts + 1,
                        createMayHaveGoneOut: createMayHaveGoneOut)
                }
            }
        }
    }

    /// One attempt: the lookup by reference when a create may already have reached the carrier, else the create.
    private func attemptShipment(
        _ request: ShipmentRequest, client: any CarrierClient, lookUpFirst: Bool
    ) async -> Result<(ShipmentResult, adopted: Bool), CallError> {
        do {
            if lookUpFirst, let found = try await client.findShipment(reference: request.reference) {
                return .success((found, adopted: true))
            }
            let created = try await client.createShipment(request)
            CrashPoint.afterCreate.reach()
            return .success((created, adopted: false))
        } catch {
            return .failure(error)
        }
    }

    private func record(
        _ shipment: ShipmentResult, of order: OrderRecord, adopted: Bool, failedAttempts: Int,
        since started: ContinuousClock.Instant
    ) async throws {
        let labelPath = try shipment.label.map { label in
            try LabelFile.save(
                label, carrier: shipment.carrierCode, trackingNumber: shipment.trackingNumber, layout: context.layout)
        }
        let message =
            adopted
            ? "adopted shipment \(shipment.shipmentNumber), booked before an interruption"
            : "shipment \(shipment.shipmentNumber) booked"
        let operation = OperationRecord(
            scope: .carrier, action: adopted ? .adoptShipment : .createShipment, status: .ok, message: message,
            orderID: order.orderID, carrier: shipment.carrierCode,
            durationMs: (ContinuousClock.now - started).wholeMilliseconds,
            meta: ["service": order.serviceCode ?? ""], at: context.now())
        try await context.commits.commit(afterFlushingFiles: labelPath != nil) { [now = context.now()] in
            try $0.recordShipment(
                order.orderID, shipmentNumber: shipment.shipmentNumber, trackingNumber: shipment.trackingNumber,
                labelPath: labelPath, failedAttempts: failedAttempts, at: now, logging: operation)
        }
    }

    /// Leaves the order queued for the next run: in `POSTING` when a create may have reached the carrier (so it is
    /// looked up first), else in `PENDING_POST`.
    private func deferPosting(
        _ orderID: String, _ error: CallError, failedAttempts: Int, createMayHaveGoneOut: Bool
    ) async throws -> PostAttempt {
        try await context.commits.commit { [now = context.now()] in
            try $0.deferPosting(
                orderID, to: createMayHaveGoneOut ? .posting : .pendingPost, reason: error.description,
                failedAttempts: failedAttempts, at: now)
        }
        return .deferred
    }

    /// Fails the order with the carrier's reason.
    ///
    /// When a create may have reached the carrier all the same, the message says so: `orchestrator retry` looks the
    /// order up before booking it again, a person booking it by hand might not.
    private func fail(
        _ orderID: String, from state: OrderState, _ error: CallError, failedAttempts: Int,
        createMayHaveGoneOut: Bool
    ) async throws -> PostAttempt {
        let reason =
            error.description
            + (createMayHaveGoneOut
                ? " (a shipment may exist at the carrier: use orchestrator retry, which looks it up first)" : "")
        let operation = OperationRecord(
            scope: .carrier, action: .createShipment, status: .error, message: reason, orderID: orderID,
            carrier: error.service, meta: ["kind": error.kind.rawValue, "code": error.code], at: context.now())
        try await context.commits.commit { [now = context.now()] in
            try $0.failPosting(
                orderID, from: state, reason: reason, failedAttempts: failedAttempts, at: now, logging: operation)
        }
        return .failed
    }
}
