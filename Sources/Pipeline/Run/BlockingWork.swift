import Dispatch

/// The one place where blocking work — SQLite transactions, file writes and flushes — leaves Swift's cooperative
/// pool, which has only as many threads as cores: a stage that waits on the disk there would hold up every network
/// wait of the run.
enum BlockingWork {
    private static let queue = DispatchQueue(label: "orchestrator.blocking-work", attributes: .concurrent)

    /// Runs `work` on a thread of the blocking queue and returns what it returned.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Starts `work` on a thread of the blocking queue without waiting for it.
    static func start(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }
}
