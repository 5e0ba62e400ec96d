import Carriers
import Foundation
import Ledger
import Synchronization

/// Hands each carrier that needs it (OnTime) the shipments booked for it and not yet handed over, a batch per call
/// and several calls at once, and records each handover. Full batches go while posting still runs, the rest once it
/// is done. A handover that fails is tried again on the next run; the run says so and exits 1.
struct AnnounceStage {
    static let batchSize = 100
    static let batchesAtOnce = 8

    let context: RunContext
    let availability: CarrierAvailability

    /// Carriers whose handover failed, with the error.
    typealias Failures = [String: String]

    /// Hands over the shipments posting books, as `events` tells of them: each full batch at once, and a carrier's
    /// last partial batch once posting says the carrier is done, so that the calls overlap posting instead of
    /// following it; once `events` ends and those calls have answered, every shipment the ledger still holds as not
    /// handed over. Returns the carriers whose handover failed.
    func handOver(_ events: AsyncStream<PostingEvent>) async throws -> Failures {
        let failedWhilePosting = try await handOverWhilePosting(events)
        // Cancelled when the run failed meanwhile: the next run hands the rest over.
        try Task.checkCancellation()
        return try await handOverRemaining(failedEarlier: failedWhilePosting)
    }

    private func handOverWhilePosting(_ events: AsyncStream<PostingEvent>) async throws -> Failures {
        var gathered: [String: [BookedShipment]] = [:]
        // Each call records its own refusal as soon as it is answered, so that the next batch need not wait for it.
        let refusals = Refusals()
        try await withThrowingTaskGroup(of: Void.self) { group in
            var running = 0
            for await event in events {
                let code: String
                switch event {
                case .booked(let shipment):
                    code = shipment.carrierCode
                    guard context.carriers[code]?.announcesShipments == true else { continue }
                    gathered[code, default: []].append(shipment)
                    guard gathered[code]?.count == Self.batchSize else { continue }
                case .carrierDone(let done):
                    // Its last batch goes now, without waiting for the calls still out.
                    code = done
                    guard gathered[code]?.isEmpty == false else { continue }
                }
                let batch = gathered.removeValue(forKey: code) ?? []
                // Like the sweep: no handover to a carrier that already refused one, or that the run took out.
                guard !refusals.hasRefused(code), availability.isAvailable(code),
                      let client = context.carriers[code], client.announcesShipments
                else { continue }
                if running == Self.batchesAtOnce {
                    _ = try await group.next()
                    running -= 1
                }
                group.addTask {
                    if let error = try await announce(batch, to: client, code: code) { refusals.record(error, of: code) }
                }
                running += 1
            }
            try await group.waitForAll()
        }
        return refusals.all
    }

    /// Hands over every shipment the ledger holds as not handed over (those of earlier runs whose handover failed,
    /// and any of this run's that posting did not get to tell of, as when a stop cut it short), except to the
    /// carriers that already failed in this run.
    private func handOverRemaining(failedEarlier: Failures) async throws -> Failures {
        var failures = failedEarlier
        for (code, client) in context.carriers.sorted(by: { $0.key < $1.key })
        where client.announcesShipments && failures[code] == nil {
            while true {
                let pending = try context.ledger.shipmentsAwaitingAnnouncement(
                    carrier: code, limit: Self.batchSize * Self.batchesAtOnce
                ).map { BookedShipment(carrierCode: code, orderID: $0.orderID, shipmentNumber: $0.shipmentNumber) }
                guard !pending.isEmpty, availability.isAvailable(code) else { break }
                let batches = stride(from: 0, to: pending.count, by: Self.batchSize).map {
                    Array(pending[$0..<min($0 + Self.batchSize, pending.count)])
                }
                let failure = try await withThrowingTaskGroup(of: CarrierError?.self) { group in
                    for batch in batches {
                        group.addTask { try await announce(batch, to: client, code: code) }
                    }
                    var failure: CarrierError?
                    for try await error in group where failure == nil { failure = error }
                    return failure
                }
                if let failure {
                    failures[code] = failure.description
                    break
                }
            }
        }
        return failures
    }

    /// Hands one batch over and records it; the carrier's error when it refused.
    private func announce(_ batch: [BookedShipment], to client: any CarrierClient, code: String) async throws
        -> CarrierError?
    {
        let clock = ContinuousClock()
        let started = clock.now
        do {
            try await RetryPolicy(context.settings.posting).run { () async throws(CarrierError) in
                try await client.announce(shipmentNumbers: batch.map(\.shipmentNumber))
            }
        } catch {
            try context.ledger.log([OperationRecord(
                scope: .carrier, action: "announce_shipments", status: .error,
                message: "\(batch.count) shipment(s) not handed over, tried again next run: \(error)",
                carrier: code, at: context.now())])
            return error
        }
        try context.ledger.markAnnounced(
            batch.map(\.orderID), at: context.now(),
            logging: OperationRecord(
                scope: .carrier, action: "announce_shipments", status: .ok,
                message: "\(batch.count) shipment(s) handed over",
                carrier: code, durationMs: (clock.now - started).wholeMilliseconds, at: context.now()))
        return nil
    }
}

/// The carriers that refused a handover during this run, with the first refusal, shared by the calls under way.
private final class Refusals: Sendable {
    private let failures = Mutex(AnnounceStage.Failures())

    var all: AnnounceStage.Failures { failures.withLock { $0 } }

    func hasRefused(_ carrier: String) -> Bool {
        failures.withLock { $0[carrier] != nil }
    }

    func record(_ error: CarrierError, of carrier: String) {
        failures.withLock { failures in
            if failures[carrier] == nil { failures[carrier] = error.description }
        }
    }
}
