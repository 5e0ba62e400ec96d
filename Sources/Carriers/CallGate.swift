/// Holds the HTTP calls to one carrier to its limits: at most `maxInFlight` at once, and starts spaced so that no more
/// than `maxPerSecond` begin in any second. Waiting callers are let through in the order they came. A call holds its
/// slot only while it is on the wire: building the request and reading the answer happen outside. A server that
/// asks for a pause (`Retry-After`) gets it from every call, not only from the one it refused.
public actor CallGate {
    private let maxInFlight: Int
    private let spacing: Duration
    private var inFlight = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var nextStart = ContinuousClock.now

    /// No limit at all unless given; `maxPerSecond` 0 spaces nothing.
    public init(maxInFlight: Int = .max, maxPerSecond: Double = 0) {
        self.maxInFlight = max(1, maxInFlight)
        spacing = maxPerSecond > 0 ? .nanoseconds(Int64(1e9 / maxPerSecond)) : .zero
    }

    /// Starts no call before `instant`: the server asked every caller to wait until then.
    public func holdStarts(until instant: ContinuousClock.Instant) {
        nextStart = max(nextStart, instant)
    }

    /// Runs `call` once a slot is free and its start time has come.
    public func run<T: Sendable>(_ call: @Sendable () async throws(CarrierError) -> T) async throws(CarrierError) -> T {
        await enter()
        defer { leave() }
        return try await call()
    }

    private func enter() async {
        if inFlight >= maxInFlight {
            // `leave()` hands its slot straight to the first waiter.
            await withCheckedContinuation { waiting.append($0) }
        } else {
            inFlight += 1
        }
        let start = max(nextStart, .now)
        nextStart = start + spacing
        if start > .now { try? await Task.sleep(until: start) }
    }

    private func leave() {
        if waiting.isEmpty {
            inFlight -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
