import Synchronization

/// Decides which calls fail: exactly `faultRate` of them, evenly spread, handing out the configured faults in turn.
final class FaultSchedule: Sendable {
    private let rate: Double
    private let faults: [SimulatedFault]
    private let counters = Mutex<(calls: Int, faults: Int)>((0, 0))

    init(_ behaviour: SimulatorBehaviour) {
        rate = behaviour.faultRate
        faults = behaviour.faults
    }

    /// The fault for the next call, or nil when it is answered normally.
    func next() -> SimulatedFault? {
        counters.withLock { counters in
            counters.calls += 1
            let isFaulty =
                (Double(counters.calls) * rate).rounded(.down) > (Double(counters.calls - 1) * rate).rounded(.down)
            guard isFaulty, !faults.isEmpty else { return nil }
            defer { counters.faults += 1 }
            return faults[counters.faults % faults.count]
        }
    }
}
