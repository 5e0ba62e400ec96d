import RemoteCalls
import Synchronization

/// The calls one run may make to Mirakl (`mirakl.max_calls_per_run`): a loop that goes wrong, or a backlog of
/// thousands, never hammers the seller's API past what the operator allowed.
///
/// Counted before each call.
package final class MiraklCallBudget: Sendable {
    package let limit: Int
    private let spent = Mutex(0)

    package init(limit: Int) {
        self.limit = limit
    }

    /// Gives the whole budget back: each pass of `watch` is a run of its own.
    package func renew() {
        spent.withLock { $0 = 0 }
    }

    /// Takes one call from the budget; throws, and takes nothing, once it is spent.
    func spend() throws(CallError) {
        let granted = spent.withLock { spent in
            guard spent < limit else { return false }
            spent += 1
            return true
        }
        guard granted else {
            throw CallError(
                kind: .unavailable, service: MiraklClient.code, code: "budget",
                message: "the \(limit) Mirakl calls allowed per run (mirakl.max_calls_per_run) are spent; "
                    + "the rest waits for the next run")
        }
    }
}
