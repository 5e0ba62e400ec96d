import Ledger

/// Each carrier's calls at once over every worker sharing the ledger: before a pass calls a carrier, the worker claims
/// its slots (up to its own limit) and its gate lets no more calls through at once than it holds, and starts no more
/// per second than the same share of `max_calls_per_second`; after the pass, it gives them back.
///
/// A gate lets no call through once the worker's lease may have run out, however long the call waited for its turn: its
/// orders may be another worker's by then. Alone on its ledger, a process keeps its gates as configured.
struct CallSlots {
    let context: RunContext

    /// Claims each configured carrier's slots, waiting while other workers hold them all.
    func claim() async throws {
        let worker = context.lease.worker
        guard worker.sharesWork else { return }
        for (carrier, gate) in context.callGates.sorted(by: { $0.key < $1.key }) {
            let limits = context.settings.carrier(carrier)
            while true {
                let held = try await BlockingWork.run {
                    try context.ledger.claimCallSlots(
                        carrier: carrier, total: limits.maxCallsInFlight, wanted: limits.maxCallsInFlightPerWorker,
                        for: worker)
                }
                if held > 0 || context.isStopRequested() {
                    await gate.holdCalls(toAtMost: held)
                    await gate.holdStarts(toShare: Double(held) / Double(max(1, limits.maxCallsInFlight)))
                    await gate.refuseCalls { [lease = context.lease] in
                        lease.isHeld ? nil : "\(LeaseLost(worker: worker))"
                    }
                    break
                }
                try await Task.sleep(for: .milliseconds(500))
            }
        }
    }

    func release() async throws {
        let worker = context.lease.worker
        guard worker.sharesWork else { return }
        try await BlockingWork.run { try context.ledger.releaseCallSlots(of: worker) }
    }
}
