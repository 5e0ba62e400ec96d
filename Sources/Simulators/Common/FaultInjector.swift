import Hummingbird
import NIOCore

/// The part of a simulated call that is the same for every carrier: the latency, the choice of fault, and the
/// transport-level faults (HTTP errors, a hang, a dropped connection).
struct FaultInjector: Sendable {
    let behaviour: SimulatorBehaviour
    private let schedule: FaultSchedule

    init(_ behaviour: SimulatorBehaviour) {
        self.behaviour = behaviour
        schedule = FaultSchedule(behaviour)
    }

    /// Runs `respond` and hands back its response once the configured latency and jitter have passed since the
    /// call arrived: like a carrier's, the latency includes the simulator's own work, which on a busy machine would
    /// otherwise add to it.
    func answerAfterLatency(_ respond: () async throws -> Response) async throws -> Response {
        var wait = behaviour.latency
        if behaviour.latencyJitter > .zero {
            let jitterNanoseconds =
                Double(behaviour.latencyJitter.components.seconds) * 1e9
                + Double(behaviour.latencyJitter.components.attoseconds) / 1e9
            wait += .nanoseconds(Int64(Double.random(in: 0...jitterNanoseconds)))
        }
        let answerAt = ContinuousClock.now + wait
        let response = try await respond()
        if wait > .zero { try await Task.sleep(until: answerAt, clock: .continuous) }
        return response
    }

    /// The fault this call gets, or nil.
    func nextFault() -> SimulatedFault? { schedule.next() }

    /// The answer for a transport-level fault; nil for the carrier-level ones and for `.acceptThenDrop`, which the
    /// simulator handles itself (it must book first).
    func transportAnswer(for fault: SimulatedFault, context: SimulatorRequestContext) async throws -> Response? {
        switch fault {
        case .carrierTransient, .carrierPermanent, .acceptThenDrop:
            return nil
        case .http500:
            return Response(status: .internalServerError)
        case .http503:
            return Response(status: .serviceUnavailable)
        case .tooManyRequests(let seconds):
            return Response(status: .tooManyRequests, headers: [.retryAfter: "\(seconds)"])
        case .malformedBody:
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "<html><body>Service temporarily")))
        case .hang:
            try await Task.sleep(for: behaviour.hangDuration)
            return Response(status: .gatewayTimeout)
        case .connectionReset:
            return drop(context)
        }
    }

    /// Closes the connection without an answer; the response returned is never delivered.
    func drop(_ context: SimulatorRequestContext) -> Response {
        context.channel.close(promise: nil)
        return Response(status: .internalServerError)
    }
}
