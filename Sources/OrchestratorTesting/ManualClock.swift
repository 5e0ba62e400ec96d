import Synchronization

/// A clock that moves only when a test says so: whatever waits on it (a gate's spacing, a server's pause, a session's
/// lifetime) waits for `advance(by:)`, not for the wall clock, and a test's timings are exact.
///
/// Sleeping on it cannot be cancelled: no test needs that.
package final class ManualClock: Clock, Sendable {
    package struct Instant: InstantProtocol {
        /// Time since the clock was made.
        package var offset: Duration

        package func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        package func duration(to other: Instant) -> Duration { other.offset - offset }
        package static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Sleeper] = []
    }

    private let state = Mutex(State())

    package init() {}

    package var now: Instant { state.withLock { $0.now } }
    package var minimumResolution: Duration { .zero }

    package func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try await withCheckedThrowingContinuation { continuation in
            let isDue = state.withLock { state in
                guard deadline > state.now else { return true }
                state.sleepers.append(Sleeper(deadline: deadline, continuation: continuation))
                return false
            }
            if isDue { continuation.resume() }
        }
    }

    /// Moves the clock on and wakes whatever was waiting for a moment now come.
    package func advance(by duration: Duration) {
        let due = state.withLock { state in
            state.now = state.now.advanced(by: duration)
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// How many callers wait for a moment not yet come.
    package var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// Returns once `count` callers wait on the clock, yielding to them meanwhile (never sleeping); false when they
    /// did not come within a great many yields, so that a test fails rather than hangs.
    package func waitForSleepers(_ count: Int) async -> Bool {
        for _ in 0..<1_000_000 {
            if sleeperCount >= count { return true }
            await Task.yield()
        }
        return false
    }
}
