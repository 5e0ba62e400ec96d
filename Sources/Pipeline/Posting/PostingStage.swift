import Carriers
import Domain
import Foundation
import Ledger
import Logging

/// Books a shipment for every queued order. `POSTING` is committed before each create; an order found in
/// `POSTING` (a crash, a timeout after the request left) is looked up at the carrier by reference and adopted
/// if it exists, so no order is ever shipped twice.
struct PostingStage {
    let context: RunContext
    let availability: CarrierAvailability
    /// Told of each shipment once it is committed, and of each carrier done, for the handover to go on meanwhile.
    let events: AsyncStream<PostingEvent>.Continuation
    private let drain = CarrierDrain()

    init(context: RunContext, availability: CarrierAvailability, events: AsyncStream<PostingEvent>.Continuation) {
        self.context = context
        self.availability = availability
        self.events = events
    }

    enum Outcome: Sendable {
        case posted, failed, deferred
    }

    /// Posts every queued order, oldest first.
    func run(summary: inout RunSummary) async throws {
        try await postAll(in: OrderQueue(ledger: context.ledger, states: [.posting, .pendingPost]), summary: &summary)
    }

    /// Posts the orders of the file intake is recording (those recorded after `position`), as `intake` commits
    /// them; then, once intake has gone well, the orders queued before.
    func run(recordedAfter position: Int64, alongside intake: IntakeFeed, summary: inout RunSummary) async throws {
        try await postAll(
            in: LiveOrderQueue(ledger: context.ledger, recordedAfter: position, feed: intake), summary: &summary)
    }

    private func postAll(in orders: some OrderPages, summary: inout RunSummary) async throws {
        var queue = DrainCountedPages(pages: orders, drain: drain) { [events] in events.yield(.carrierDone($0)) }
        try await queue.forEach(
            concurrently: context.settings.posting.concurrency, isStopRequested: context.isStopRequested,
            { order in try await post(order) },
            collect: { count($0, into: &summary) })
    }

    private func count(_ outcome: Outcome, into summary: inout RunSummary) {
        switch outcome {
        case .posted: summary.ordersPosted += 1
        case .failed: summary.ordersFailed += 1
        case .deferred: break
        }
    }

    private func post(_ queued: OrderRecord) async throws -> Outcome {
        let carrierCode = queued.carrierCode ?? ""
        defer { if drain.finished(carrierCode) { events.yield(.carrierDone(carrierCode)) } }
        guard availability.isAvailable(carrierCode), let client = context.carriers[carrierCode] else {
            if context.carriers[carrierCode] == nil {
                availability.markUnavailable(carrierCode, reason: "no such carrier is configured")
            }
            return .deferred
        }
        var order = queued
        guard let shippable = order.shippableOrder, let service = order.serviceCode else {
            return try await fail(
                &order,
                CarrierError(kind: .permanent, carrierCode: carrierCode, message: "the ledger holds no validated order to post"),
                createMayHaveGoneOut: false)
        }
        let request = ShipmentRequestBuilder.request(for: shippable, service: service, sender: context.settings.sender)
        // A create may already have reached the carrier: after a crash in POSTING, or after an earlier failure.
        var mustLookUpFirst = order.state == .posting || order.retryCount > 0
        order.state = .posting
        order.updatedAt = context.now()
        try await context.orderCommits.save(order)

        let policy = RetryPolicy(context.settings.posting)
        var attempt = 0
        while true {
            attempt += 1
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
                return try await record(shipment, on: &order, adopted: adopted, since: started)
            case .failure(let error):
                mustLookUpFirst = true
                if error.isTransient, availability.recordTransientFailure(carrierCode, error) {
                    // The carrier is down: the order waits for the next run. This attempt's create may have gone out.
                    return try await deferPosting(&order, error, createMayHaveGoneOut: true)
                }
                switch error.kind {
                case .transient where attempt < policy.attempts:
                    order.retryCount += 1
                    context.logger.info("carrier call failed, will retry", metadata: [
                        "order.id": "\(order.orderId)", "carrier.code": "\(carrierCode)", "error": "\(error)",
                    ])
                    try? await Task.sleep(for: policy.delay(after: attempt, error: error))
                case .transient, .permanent:
                    return try await fail(&order, error, createMayHaveGoneOut: mayAlreadyExist || error.isTransient)
                case .unavailable:
                    availability.markUnavailable(carrierCode, reason: error.message)
                    // The carrier refused us before any create of this attempt went out; an earlier one may have.
                    return try await deferPosting(&order, error, createMayHaveGoneOut: mayAlreadyExist)
                }
            }
        }
    }

    /// One attempt: the lookup by reference when a create may already have reached the carrier, else the create.
    private func attemptShipment(
        _ request: ShipmentRequest, client: any CarrierClient, lookUpFirst: Bool
    ) async -> Result<(ShipmentResult, adopted: Bool), CarrierError> {
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
        _ shipment: ShipmentResult, on order: inout OrderRecord, adopted: Bool, since started: ContinuousClock.Instant
    ) async throws -> Outcome {
        order.state = .posted
        order.shipmentNumber = shipment.shipmentNumber
        order.trackingNumber = shipment.trackingNumber
        if let label = shipment.label {
            order.labelPath = try LabelFile.save(
                label, carrier: shipment.carrierCode, trackingNumber: shipment.trackingNumber, layout: context.layout)
        }
        order.errorMessage = nil
        order.updatedAt = context.now()
        let elapsed = ContinuousClock.now - started
        let message = adopted
            ? "adopted shipment \(shipment.shipmentNumber), booked before an interruption"
            : "shipment \(shipment.shipmentNumber) booked"
        let operation = OperationRecord(
            scope: .carrier, action: adopted ? "adopt_shipment" : "create_shipment", status: .ok, message: message,
            orderID: order.orderId, carrier: shipment.carrierCode,
            durationMs: elapsed.wholeMilliseconds,
            meta: ["service": order.serviceCode ?? ""], at: context.now())
        try await context.orderCommits.save(order, logging: [operation], afterFlushingFiles: order.labelPath != nil)
        events.yield(.booked(BookedShipment(
            carrierCode: shipment.carrierCode, orderID: order.orderId, shipmentNumber: shipment.shipmentNumber)))
        return .posted
    }

    /// Leaves the order queued for the next run: in `POSTING` when a create may have reached the carrier (so it is
    /// looked up first), else in `PENDING_POST`.
    private func deferPosting(
        _ order: inout OrderRecord, _ error: CarrierError, createMayHaveGoneOut: Bool
    ) async throws -> Outcome {
        order.state = createMayHaveGoneOut ? .posting : .pendingPost
        order.errorMessage = error.description
        order.updatedAt = context.now()
        try await context.orderCommits.save(order)
        return .deferred
    }

    /// Fails the order with the carrier's reason. When a create may have reached the carrier all the same, the
    /// message says so: `orchestrator retry` looks the order up before booking it again, a person booking it by
    /// hand might not.
    private func fail(_ order: inout OrderRecord, _ error: CarrierError, createMayHaveGoneOut: Bool) async throws -> Outcome {
        order.state = .failedPost
        order.retryCount += 1
        order.errorMessage = error.description
            + (createMayHaveGoneOut ? " (a shipment may exist at the carrier: use orchestrator retry, which looks it up first)" : "")
        order.updatedAt = context.now()
        try await context.orderCommits.save(order, logging: [OperationRecord(
            scope: .carrier, action: "create_shipment", status: .error, message: order.errorMessage ?? error.description,
            orderID: order.orderId, carrier: error.carrierCode,
            meta: ["kind": error.kind.rawValue, "code": error.code], at: context.now())])
        return .failed
    }
}
