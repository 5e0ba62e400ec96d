import Hummingbird
import Synchronization

/// Counts the requests a simulator answers, and the most it ever answered at once, so that tests can check a
/// client held itself to its limit on calls in flight and benchmarks can count calls per order.
final class RequestMeter: RouterMiddleware, Sendable {
    typealias Context = SimulatorRequestContext

    private let counts = Mutex<(total: Int, now: Int, peak: Int)>((0, 0, 0))

    var total: Int { counts.withLock { $0.total } }
    var peak: Int { counts.withLock { $0.peak } }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        counts.withLock { counts in
            counts.total += 1
            counts.now += 1
            counts.peak = max(counts.peak, counts.now)
        }
        defer { counts.withLock { $0.now -= 1 } }
        return try await next(request, context)
    }
}
