import Logging

/// Holds the HTTP calls to one carrier to its limits: at most so many at once, and starts spaced so that no more
/// than `maxPerSecond` begin in any second. Waiting callers are let through in the order they came. A call holds its
/// slot only while it is on the wire: building the request and reading the answer happen outside. A server that
/// asks for a pause (`Retry-After`) gets it from every call, not only from the one it refused.
///
/// An adaptive gate finds how many calls at once the carrier takes well, as TCP finds a link's capacity: it starts
/// at `startingAt`, lets one more call in at once after each round of answers that came at a steady pace, and halves
/// when the carrier pushes back (429, 503, a timeout) or its answers, smoothed, slow to more than twice the fastest
/// seen (and 50 ms more). It never goes above `maxInFlight`, nor above the calls at once a worker sharing a ledger
/// holds slots for (`holdCalls(toAtMost:)`), whose calls per second are held to the same share (`holdStarts(toShare:)`).
package actor CallGate {
    /// What a call's answer says about the carrier's load.
    package enum Signal: Sendable {
        case answered(latency: Duration)
        /// 429, 503 or a timeout.
        case pushedBack(reason: String)
    }

    /// How the limit fared since the last report.
    package struct Report: Sendable, Equatable {
        /// Calls at once allowed now.
        package var limit: Int
        /// Times the limit was halved.
        package var decreases: Int
        /// Calls answered or pushed back.
        package var calls: Int
    }

    private let configuredCeiling: Int
    private var ceiling: Int
    private let isAdaptive: Bool
    private let configuredSpacing: Duration
    private var spacing: Duration
    private let name: String
    private let logger: Logger?
    private var limit: Int
    private var inFlight = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var refusal: (@Sendable () -> String?)?
    /// Paces the starts and the halvings; times below are on it.
    private let timeline: Timeline
    private var nextStart = Duration.zero
    private var fastest: Duration?
    private var smoothedLatency: Duration?
    private var steadyAnswers = 0
    private var lastDecrease: Duration?
    private var decreases = 0
    private var calls = 0

    /// No limit at all unless given; `maxPerSecond` 0 spaces nothing.
    ///
    /// With `startingAt`, the limit adapts between 1 and `maxInFlight`, starting there; `name` and `logger` then tell
    /// each change in the debug log.
    package init(
        maxInFlight: Int = .max, maxPerSecond: Double = 0, startingAt initial: Int? = nil, name: String = "",
        logger: Logger? = nil, timeline: Timeline = .continuous
    ) {
        self.timeline = timeline
        let ceiling = max(1, maxInFlight)
        configuredCeiling = ceiling
        self.ceiling = ceiling
        isAdaptive = initial != nil
        limit = min(ceiling, max(1, initial ?? ceiling))
        configuredSpacing = maxPerSecond > 0 ? .nanoseconds(Int64(1e9 / maxPerSecond)) : .zero
        spacing = configuredSpacing
        self.name = name
        self.logger = logger
    }

    /// Starts no call for `pause` from now: the server asked every caller to wait that long.
    package func holdStarts(for pause: Duration) {
        nextStart = max(nextStart, timeline.now + pause)
    }

    /// Lets no more than `slots` calls through at once (nor more than configured): the share of the carrier's calls
    /// this worker holds.
    ///
    /// With none, every call fails as the carrier unavailable.
    package func holdCalls(toAtMost slots: Int) {
        ceiling = min(configuredCeiling, slots)
        limit = isAdaptive ? max(1, min(limit, ceiling)) : ceiling
        admitWaiting()
    }

    /// Starts no more calls per second than `share` (at most 1) of those configured: the share of the carrier's calls a
    /// worker holds beside others that share its limits.
    ///
    /// With no share, no call starts anyway (`holdCalls(toAtMost: 0)`), and the spacing is left as it is.
    package func holdStarts(toShare share: Double) {
        guard share > 0 else { return }
        spacing = configuredSpacing * (1 / min(1, share))
    }

    /// Asks `refusal` the moment each call is let through, and fails the call as the carrier unavailable when it
    /// gives a reason: a worker whose lease on a shared ledger may have run out while it waited must not call.
    package func refuseCalls(when refusal: @escaping @Sendable () -> String?) {
        self.refusal = refusal
    }

    /// Runs `call` once a slot is free and its start time has come.
    package func run<T: Sendable>(_ call: @Sendable () async throws(CallError) -> T) async throws(CallError) -> T {
        guard ceiling > 0 else {
            throw CallError(
                kind: .unavailable, service: name,
                message: "other workers hold every call allowed at once; it waits for the next run")
        }
        await enter()
        defer { leave() }
        if let reason = refusal?() { throw CallError(kind: .unavailable, service: name, message: reason) }
        return try await call()
    }

    /// Adapts the limit to what a call's answer says (only an adaptive gate changes it).
    package func record(_ signal: Signal) {
        calls += 1
        guard isAdaptive else { return }
        switch signal {
        case .answered(let latency):
            let fastest = min(self.fastest ?? latency, latency)
            self.fastest = fastest
            // Smoothed as TCP smooths round trips (an eighth of each new one), so that one stall is not a trend.
            let smoothed = (smoothedLatency ?? latency) * 7 / 8 + latency / 8
            smoothedLatency = smoothed
            if smoothed > max(fastest * 2, fastest + .milliseconds(50)) {
                smoothedLatency = fastest
                decrease(because: "answers slowed to \(smoothed.formatted(.units(allowed: [.milliseconds])))")
            } else if limit < ceiling {
                steadyAnswers += 1
                if steadyAnswers >= limit {
                    steadyAnswers = 0
                    change(to: limit + 1, because: "a round of steady answers")
                }
            }
        case .pushedBack(let reason):
            decrease(because: reason)
        }
    }

    /// The limit now, and what happened since the last report.
    package func takeReport() -> Report {
        defer { (decreases, calls) = (0, 0) }
        return Report(limit: limit, decreases: decreases, calls: calls)
    }

    private func decrease(because reason: String) {
        let now = timeline.now
        steadyAnswers = 0
        // Once per round trip: the answers of calls sent before the last cut say nothing new.
        if let lastDecrease, now - lastDecrease < max(fastest ?? .zero, .milliseconds(100)) { return }
        lastDecrease = now
        guard limit > 1 else { return }
        decreases += 1
        change(to: limit / 2, because: reason)
    }

    private func change(to newLimit: Int, because reason: String) {
        logger?.debug(
            "calls at once changed",
            metadata: [
                "carrier.code": "\(name)", "limit.from": "\(limit)", "limit.to": "\(newLimit)", "reason": "\(reason)",
            ])
        limit = newLimit
        admitWaiting()
    }

    private func enter() async {
        if inFlight >= limit {
            // `admitWaiting()` counts the slot for the waiter it resumes.
            await withCheckedContinuation { waiting.append($0) }
        } else {
            inFlight += 1
        }
        let now = timeline.now
        let start = max(nextStart, now)
        nextStart = start + spacing
        if start > now { await timeline.wait(until: start) }
    }

    private func leave() {
        inFlight -= 1
        admitWaiting()
    }

    private func admitWaiting() {
        while inFlight < limit, !waiting.isEmpty {
            inFlight += 1
            waiting.removeFirst().resume()
        }
    }
}
