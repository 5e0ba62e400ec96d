import Hummingbird
import Synchronization

/// Counts the requests a simulator is answering at once and remembers the most it ever answered together, so
/// tests can check that a client held itself to its limit on calls in flight.
final class ConcurrencyMeter: RouterMiddleware, Sendable {
    typealias Context = SimulatorRequestContext

    private let counts = Mutex<(now: Int, peak: Int)>((0, 0))

    var peak: Int { counts.withLock { $0.peak } }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        counts.withLock { counts in
            counts.now += 1
            counts.peak = max(counts.peak, counts.now)
        }
        defer { counts.withLock { $0.now -= 1 } }
        return try await next(request, context)
    }
}
