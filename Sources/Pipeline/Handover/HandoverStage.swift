import Carriers
import Foundation
import Ledger
import RemoteCalls

/// Hands each carrier that needs it (OnTime) every shipment booked for it and not yet handed over — this run's and any
/// whose handover failed before — a batch per call and several calls at once, and records each handover.
///
/// Once a carrier refuses one, no further batch goes to it in this run; the next run hands the rest over, and this one
/// says so and exits 1.
struct HandoverStage {
    /// Shipments per call.
    ///
    /// OnTime documents no limit; a run can book thousands, and one huge body is one huge thing to lose to a timeout.
    /// 150 is OnTime's own page size, the only batch size it is known to use: 100 stays under.
    static let batchSize = 100
    /// Batches read from the ledger and sent at once; the carrier's own call limits hold them further.
    static let batchesAtOnce = 32

    let context: RunContext
    let availability: CarrierAvailability

    /// Carriers whose handover failed, with the error.
    typealias Failures = [String: String]

    func run() async throws -> Failures {
        var failures: Failures = [:]
        for (code, client) in context.carriers.sorted(by: { $0.key < $1.key }) where client.needsHandover {
            while !context.isStopRequested() {
                let pending = try context.ledger.shipmentsAwaitingHandover(
                    carrier: code, limit: Self.batchSize * Self.batchesAtOnce)
                guard !pending.isEmpty, availability.isAvailable(code) else { break }
                let batches = stride(from: 0, to: pending.count, by: Self.batchSize).map {
                    Array(pending[$0..<min($0 + Self.batchSize, pending.count)])
                }
                let failure = try await withThrowingTaskGroup(of: CallError?.self) { group in
                    for batch in batches {
                        group.addTask { try await handOver(batch, to: client, code: code) }
                    }
                    var failure: CallError?
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
    private func handOver(
        _ batch: [(orderID: String, shipmentNumber: String)], to client: any CarrierClient, code: String
    ) async throws -> CallError? {
        let started = ContinuousClock.now
        do {
            try await RetryPolicy(context.settings.posting).run { () async throws(CallError) in
                try await client.handOver(shipmentNumbers: batch.map(\.shipmentNumber))
            }
        } catch {
            let operation = OperationRecord(
                scope: .carrier, action: .handOver, status: .error,
                message: "\(batch.count) shipment(s) not handed over, tried again next run: \(error)",
                carrier: code, at: context.now())
            try await context.commits.commit { try $0.log(operation) }
            return error
        }
        let operation = OperationRecord(
            scope: .carrier, action: .handOver, status: .ok, message: "\(batch.count) shipment(s) handed over",
            carrier: code, durationMs: (ContinuousClock.now - started).wholeMilliseconds, at: context.now())
        try await context.commits.commit { [now = context.now()] in
            try $0.markHandedOver(batch.map(\.orderID), at: now, logging: operation)
        }
        return nil
    }
}
