import Synchronization

/// How far a run is, for the progress line a terminal shows: the stages advance these counters as they go, the line
/// reads them from another task.
package final class RunProgress: Sendable {
    package struct Snapshot: Sendable {
        /// The stage at work: `intake`, `posting`, `confirming to Mirakl`, …; empty before the first.
        package var stage = ""
        package var filesReady = 0
        package var filesTaken = 0
        package var ordersRecorded = 0
        package var ordersPosted = 0
        package var ordersConfirmed = 0
        /// The stage's own work: how much is done, of how much when known ahead, since when.
        package var done = 0
        package var total: Int?
        package var since = ContinuousClock.now
    }

    private let state = Mutex(Snapshot())

    package init() {}

    package func snapshot() -> Snapshot { state.withLock { $0 } }

    /// A new stage begins, with `total` pieces of work when known.
    func begin(_ stage: String, total: Int? = nil) {
        state.withLock {
            $0.stage = stage
            $0.done = 0
            $0.total = total
            $0.since = .now
        }
    }

    func update(_ change: (inout Snapshot) -> Void) { state.withLock { change(&$0) } }
}
