import Foundation
import RemoteCalls
import Settings

/// Whether to try a carrier call again, and after how long: exponential backoff with full jitter, or the delay the
/// carrier asked for (`Retry-After`).
package struct RetryPolicy: Sendable {
    /// Calls per order, the first included.
    package var attempts: Int
    package var baseDelaySeconds: Double
    package var maxDelaySeconds: Double

    package init(attempts: Int, baseDelaySeconds: Double, maxDelaySeconds: Double) {
        self.attempts = attempts
        self.baseDelaySeconds = baseDelaySeconds
        self.maxDelaySeconds = maxDelaySeconds
    }

    init(_ posting: Settings.Posting) {
        self.init(
            attempts: posting.retryAttempts, baseDelaySeconds: posting.retryBaseDelaySeconds,
            maxDelaySeconds: posting.retryMaxDelaySeconds)
    }

    /// The pause after failed attempt number `attempt` (1-based).
    package func delay(after attempt: Int, error: CallError) -> Duration {
        if let retryAfter = error.retryAfterSeconds {
            return .milliseconds(Int(min(retryAfter, maxDelaySeconds) * 1000))
        }
        let ceiling = min(maxDelaySeconds, baseDelaySeconds * pow(2, Double(attempt - 1)))
        return .milliseconds(Int(Double.random(in: 0...max(ceiling, 0)) * 1000))
    }

    /// What follows a call's failure with `error`, after `failedAttempts` earlier failures of the same call.
    package enum Step: Equatable, Sendable {
        /// Call again, after `delay(after:error:)`.
        case retry
        /// Give up on the call.
        case giveUp
    }

    package func next(after error: CallError, failedAttempts: Int) -> Step {
        error.isTransient && failedAttempts + 1 < attempts ? .retry : .giveUp
    }

    /// Runs `call` until it succeeds, fails for good, or the attempts are spent.
    func run<T: Sendable>(_ call: () async throws(CallError) -> T) async throws(CallError) -> T {
        var failedAttempts = 0
        while true {
            do {
                return try await call()
            } catch  where next(after: error, failedAttempts: failedAttempts) == .retry {
                failedAttempts += 1
                try? await Task.sleep(for: delay(after: failedAttempts, error: error))
            }
        }
    }
}
