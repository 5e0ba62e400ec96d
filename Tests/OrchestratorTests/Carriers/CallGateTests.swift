import Synchronization
import Testing

@testable import Carriers

/// The limits every carrier (and Mirakl) is held to: calls at once, starts per second, and a pause the server asked
/// for.
@Suite struct CallGateTests {
    /// Calls on the wire now, and the most ever.
    private final class Concurrency: Sendable {
        private let counts = Mutex((now: 0, peak: 0))
        var peak: Int { counts.withLock { $0.peak } }
        func enter() {
            counts.withLock {
                $0.now += 1
                $0.peak = max($0.peak, $0.now)
            }
        }
        func leave() { counts.withLock { $0.now -= 1 } }
    }

    /// The most of `calls` calls of 20 ms each that `gate` let run at once.
    private static func peakConcurrency(of gate: CallGate, calls: Int) async throws -> Int {
        let concurrency = Concurrency()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<calls {
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
        return concurrency.peak
    }

    @Test func noMoreCallsAtOnceThanAllowed() async throws {
        #expect(try await Self.peakConcurrency(of: CallGate(maxInFlight: 3), calls: 12) == 3)
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

    @Test func anAdaptiveGateStartsLowAndLetsOneMoreInAfterEachRoundOfSteadyAnswers() async throws {
        let gate = CallGate(maxInFlight: 10, startingAt: 8)
        #expect(
            try await Self.peakConcurrency(of: gate, calls: 20) == 8,
            "no answer was recorded: the limit stayed where it started")

        for _ in 0..<8 { await gate.record(.answered(latency: .milliseconds(20))) }
        #expect(await gate.takeReport().limit == 9)
        for _ in 0..<100 { await gate.record(.answered(latency: .milliseconds(20))) }
        #expect(await gate.takeReport().limit == 10, "never above max_calls_in_flight")
    }

    @Test func anAdaptiveGateHalvesOncePerRoundTripWhenTheCarrierPushesBackOrSlows() async throws {
        let gate = CallGate(maxInFlight: 32, startingAt: 16)
        await gate.record(.answered(latency: .milliseconds(100)))

        await gate.record(.pushedBack(reason: "HTTP 429"))
        await gate.record(.pushedBack(reason: "HTTP 429"))
        let afterPushBack = await gate.takeReport()
        try await Task.sleep(for: .milliseconds(150))
        await gate.record(.answered(latency: .milliseconds(900)))
        let afterOneStall = await gate.takeReport()
        for _ in 0..<3 { await gate.record(.answered(latency: .milliseconds(900))) }
        let afterSlowing = await gate.takeReport()

        #expect(
            afterPushBack == CallGate.Report(limit: 8, decreases: 1, calls: 3),
            "the second 429 came in the same round trip")
        #expect(afterOneStall == CallGate.Report(limit: 8, decreases: 0, calls: 1), "one slow answer is not a trend")
        #expect(afterSlowing == CallGate.Report(limit: 4, decreases: 1, calls: 3))
    }

    @Test func aFixedGateNeverAdapts() async {
        let gate = CallGate(maxInFlight: 4)
        await gate.record(.pushedBack(reason: "HTTP 503"))
        #expect(await gate.takeReport() == CallGate.Report(limit: 4, decreases: 0, calls: 1))
    }
}
