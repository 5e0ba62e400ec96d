import Carriers
import Foundation
import Ledger

/// Hands each carrier that needs it (OnTime) the shipments booked for it and not yet handed over, a batch per call,
/// and records the handover. A handover that fails is tried again on the next run; the run says so and exits 1.
struct AnnounceStage {
    static let batchSize = 100

    let context: RunContext
    let availability: CarrierAvailability

    func run(summary: inout RunSummary) async throws {
        for (code, client) in context.carriers.sorted(by: { $0.key < $1.key }) where client.announcesShipments {
            while true {
                let pending = try context.ledger.shipmentsAwaitingAnnouncement(carrier: code, limit: Self.batchSize)
                guard !pending.isEmpty, availability.isAvailable(code) else { break }
                let clock = ContinuousClock()
                let started = clock.now
                do {
                    try await RetryPolicy(context.settings.posting).run { () async throws(CarrierError) in
                        try await client.announce(shipmentNumbers: pending.map(\.shipmentNumber))
                    }
                } catch {
                    summary.failedHandovers[code] = error.description
                    try context.ledger.log([OperationRecord(
                        scope: .carrier, action: "announce_shipments", status: .error,
                        message: "\(pending.count) shipment(s) not handed over, tried again next run: \(error)",
                        carrier: code, at: context.now())])
                    break
                }
                try context.ledger.markAnnounced(
                    pending.map(\.orderID), at: context.now(),
                    logging: OperationRecord(
                        scope: .carrier, action: "announce_shipments", status: .ok,
                        message: "\(pending.count) shipment(s) handed over",
                        carrier: code, durationMs: (clock.now - started).wholeMilliseconds, at: context.now()))
            }
        }
    }
}
