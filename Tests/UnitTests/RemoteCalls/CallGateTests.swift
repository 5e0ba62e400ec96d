import OrchestratorTesting
import Synchronization
import Testing

@testable import RemoteCalls

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

    /// The most of `calls` calls of 20 ms each (on `clock`) that `gate` let run at once, `expected` at a time.
    private static func peakConcurrency(
        of gate: CallGate, on clock: ManualClock, calls: Int, expected: Int
    ) async throws -> Int {
        let concurrency = Concurrency()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<calls {
                group.addTask {
                    try await gate.run { () async throws(CallError) in
                        concurrency.enter()
                        try? await clock.sleep(for: .milliseconds(20))
                        concurrency.leave()
                    }
                }
            }
            var remaining = calls
            while remaining > 0 {
                let round = min(expected, remaining)
                try #require(await clock.waitForSleepers(round), "\(round) calls on the wire")
                clock.advance(by: .milliseconds(20))
                remaining -= round
            }
            try await group.waitForAll()
        }
        return concurrency.peak
    }

    @Test func noMoreCallsAtOnceThanAllowed() async throws {
        let clock = ManualClock()
        let gate = CallGate(maxInFlight: 3, timeline: Timeline(clock))
        #expect(try await Self.peakConcurrency(of: gate, on: clock, calls: 12, expected: 3) == 3)
    }

    /// 50 a second: every 20 ms; a worker holding half the slots of a limit it shares, every 40 ms.
    @Test(arguments: [(1.0, 20), (0.5, 40)])
    func startsAreSpacedToTheRatePerSecondOrTheShareHeld(share: Double, spacingMilliseconds: Int) async throws {
        let clock = ManualClock()
        let gate = CallGate(maxPerSecond: 50, timeline: Timeline(clock))
        await gate.holdStarts(toShare: share)
        let starts = Task {
            var starts: [Duration] = []
            for _ in 0..<6 {
                starts.append(try await gate.run { () async throws(CallError) in clock.now.offset })
            }
            return starts
        }
        for _ in 1..<6 {
            try #require(await clock.waitForSleepers(1), "the next start waits for its turn")
            clock.advance(by: .milliseconds(spacingMilliseconds))
        }

        #expect(try await starts.value == (0..<6).map { .milliseconds(spacingMilliseconds * $0) })
    }

    @Test func aHeldGateStartsNoCallBeforeTheTime() async throws {
        let clock = ManualClock()
        let gate = CallGate(maxInFlight: 4, timeline: Timeline(clock))
        await gate.holdStarts(for: .milliseconds(300))
        let start = Task { try await gate.run { () async throws(CallError) in clock.now.offset } }

        try #require(await clock.waitForSleepers(1))
        clock.advance(by: .milliseconds(299))
        #expect(clock.sleeperCount == 1, "not started a millisecond before the time")
        clock.advance(by: .milliseconds(1))

        #expect(try await start.value == .milliseconds(300))
    }

    @Test func anAdaptiveGateStartsLowAndLetsOneMoreInAfterEachRoundOfSteadyAnswers() async throws {
        let clock = ManualClock()
        let gate = CallGate(maxInFlight: 10, startingAt: 8, timeline: Timeline(clock))
        #expect(
            try await Self.peakConcurrency(of: gate, on: clock, calls: 20, expected: 8) == 8,
            "no answer was recorded: the limit stayed where it started")

        for _ in 0..<8 { await gate.record(.answered(latency: .milliseconds(20))) }
        #expect(await gate.takeReport().limit == 9)
        for _ in 0..<100 { await gate.record(.answered(latency: .milliseconds(20))) }
        #expect(await gate.takeReport().limit == 10, "never above max_calls_in_flight")
    }

    @Test func anAdaptiveGateHalvesOncePerRoundTripWhenTheCarrierPushesBackOrSlows() async throws {
        let clock = ManualClock()
        let gate = CallGate(maxInFlight: 32, startingAt: 16, timeline: Timeline(clock))
        await gate.record(.answered(latency: .milliseconds(100)))

        await gate.record(.pushedBack(reason: "HTTP 429"))
        await gate.record(.pushedBack(reason: "HTTP 429"))
        let afterPushBack = await gate.takeReport()
        clock.advance(by: .milliseconds(150))
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
