import Carriers
import Foundation
import Settings

/// How long to wait before trying a carrier call again: exponential backoff with full jitter, or the delay the
/// carrier asked for (`Retry-After`).
struct RetryPolicy: Sendable {
    /// Calls per order, the first included.
    var attempts: Int
    var baseDelaySeconds: Double
    var maxDelaySeconds: Double

    init(attempts: Int, baseDelaySeconds: Double, maxDelaySeconds: Double) {
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
    func delay(after attempt: Int, error: CarrierError) -> Duration {
        if let retryAfter = error.retryAfterSeconds {
            return .milliseconds(Int(min(retryAfter, maxDelaySeconds) * 1000))
        }
        let ceiling = min(maxDelaySeconds, baseDelaySeconds * pow(2, Double(attempt - 1)))
        return .milliseconds(Int(Double.random(in: 0...max(ceiling, 0)) * 1000))
    }

    /// Runs `call` until it succeeds, fails for good, or the attempts are spent.
    func run<T: Sendable>(_ call: () async throws(CarrierError) -> T) async throws(CarrierError) -> T {
        var attempt = 1
        while true {
            do {
                return try await call()
            } catch  where error.isTransient && attempt < attempts {
                try? await Task.sleep(for: delay(after: attempt, error: error))
                attempt += 1
            }
        }
    }
}
