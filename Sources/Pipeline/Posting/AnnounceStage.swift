import Carriers
import Foundation
import Ledger

/// Hands each carrier that needs it (OnTime) the shipments booked for it and not yet handed over, a batch per call
/// and several calls at once, and records each handover. A handover that fails is tried again on the next run; the
/// run says so and exits 1.
struct AnnounceStage {
    static let batchSize = 100
    static let batchesAtOnce = 8

    let context: RunContext
    let availability: CarrierAvailability

    func run(summary: inout RunSummary) async throws {
        for (code, client) in context.carriers.sorted(by: { $0.key < $1.key }) where client.announcesShipments {
            while true {
                let pending = try context.ledger.shipmentsAwaitingAnnouncement(
                    carrier: code, limit: Self.batchSize * Self.batchesAtOnce)
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
                    summary.failedHandovers[code] = failure.description
                    break
                }
            }
        }
    }

    /// Hands one batch over and records it; the carrier's error when it refused.
    private func announce(
        _ batch: [(orderID: String, shipmentNumber: String)], to client: any CarrierClient, code: String
    ) async throws -> CarrierError? {
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
