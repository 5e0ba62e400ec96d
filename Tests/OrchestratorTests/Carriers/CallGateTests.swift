import Carriers
import Synchronization
import Testing

/// The limits every carrier (and Mirakl) is held to: calls at once, starts per second, and a pause the server asked
/// for.
@Suite struct CallGateTests {
    /// Calls on the wire now, and the most ever.
    private final class Concurrency: Sendable {
        private let counts = Mutex((now: 0, peak: 0))
        var peak: Int { counts.withLock { $0.peak } }
        func enter() { counts.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) } }
        func leave() { counts.withLock { $0.now -= 1 } }
    }

    @Test func noMoreCallsAtOnceThanAllowed() async throws {
        let gate = CallGate(maxInFlight: 3)
        let concurrency = Concurrency()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    try await gate.run { () async throws(CarrierError) in
                        concurrency.enter()
                        try? await Task.sleep(for: .milliseconds(20))
                        concurrency.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(concurrency.peak == 3)
    }

    @Test func startsAreSpacedToTheRatePerSecond() async throws {
        let gate = CallGate(maxPerSecond: 50)
        let clock = ContinuousClock()
        let started = clock.now
        for _ in 0..<6 {
            try await gate.run { () async throws(CarrierError) in }
        }
        // Six starts 20 ms apart: the last no sooner than 100 ms after the first.
        #expect(clock.now - started >= .milliseconds(100))
    }

    @Test func aHeldGateStartsNoCallBeforeTheTime() async throws {
        let gate = CallGate(maxInFlight: 4)
        let clock = ContinuousClock()
        let held = clock.now + .milliseconds(300)
        await gate.holdStarts(until: held)
        let startedAt = try await gate.run { () async throws(CarrierError) in clock.now }
        #expect(startedAt >= held)
    }
}
