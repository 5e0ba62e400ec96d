import Dispatch

/// The one place where blocking work — SQLite transactions, file writes and flushes — leaves Swift's cooperative
/// pool, which has only as many threads as cores: a stage that waits on the disk there would hold up every network
/// wait of the run.
enum BlockingWork {
    private static let queue = DispatchQueue(label: "orchestrator.blocking-work", attributes: .concurrent)
    /// A serial queue: Dispatch gives it a thread even while every thread of the concurrent one is taken.
    private static let promptQueue = DispatchQueue(label: "orchestrator.prompt-blocking-work")

    /// Runs `work` on a thread of the blocking queue and returns what it returned.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Runs `work` on a thread of its own queue, never behind the blocking queue's work: a worker's lease renewal
    /// waited there behind the review files, whose twins take seconds, until the lease ran out.
    static func runPromptly<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            promptQueue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Starts `work` on a thread of the blocking queue without waiting for it.
    static func start(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }
}
