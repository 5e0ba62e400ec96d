import Foundation
import Hummingbird
import Logging

/// A loopback TIPSA (Dinapaq SOAP) server for `--sandbox`, tests and benchmarks.
///
/// It speaks the wire protocol of TIPSA's official examples and counts creates per reference, so callers can prove
/// nothing was booked twice.
package final class TipsaSimulator: Sendable {
    /// `http://127.0.0.1:PORT`; a client appends `/SOAP?service=…` as it would to TIPSA's own URL.
    package var baseURL: String { server.baseURL }
    let state: TipsaSimulatorState
    private let options: Options
    private let server: LoopbackServer

    private init(options: Options, state: TipsaSimulatorState, server: LoopbackServer) {
        self.options = options
        self.state = state
        self.server = server
    }

    /// Starts a simulator on 127.0.0.1 (an ephemeral port unless `behaviour.port` says otherwise).
    package static func start(
        options: Options = .init(), behaviour: SimulatorBehaviour = .init(), logger: Logger
    ) async throws -> TipsaSimulator {
        let state = TipsaSimulatorState(sessionLifetime: options.sessionLifetime, timeline: options.timeline)
        let endpoint = TipsaSimulatorEndpoint(
            options: options, faults: FaultInjector(behaviour), state: state, logger: logger)
        let server = try await LoopbackServer.start(name: "TIPSA simulator", port: behaviour.port, logger: logger) {
            router in
            router.post("SOAP") { request, context in try await endpoint.respond(to: request, context: context) }
            router.get("_simulator/stats") { _, _ in await state.creates.statsResponse }
        }
        return TipsaSimulator(options: options, state: state, server: server)
    }

    /// `GET` it for `{"creates": {reference: count}, "total": n}`.
    package var statsURL: String { server.baseURL + "/_simulator/stats" }

    /// The environment that points the TIPSA adapter at this simulator.
    package var environment: [String: String] {
        [
            "TIPSA_URL": baseURL, "TIPSA_AGENCY": options.agency, "TIPSA_CLIENT": options.client,
            "TIPSA_PASSWORD": options.password,
        ]
    }

    /// Stops the server and waits until it has closed.
    package func stop() async { await server.stop() }

    /// How many shipments were created under this reference.
    package func createCount(reference: String) async -> Int { await state.creates.count(reference: reference) }

    /// The most calls it ever answered at once.
    package var peakConcurrentCalls: Int { server.peakConcurrentRequests }

    /// How many calls it answered (logins included).
    package var totalCalls: Int { server.totalRequests }

    /// How many shipments were created in all.
    package func totalCreates() async -> Int { await state.creates.total }

    /// How many logins succeeded (TIPSA rate-limits them; a client should reuse its session).
    package func sessionsOpened() async -> Int { await state.sessionsOpened() }

    /// References created more than once (should stay empty).
    package func duplicateReferences() async -> [String] { await state.creates.duplicates }

    /// The albaranes booked under this reference, oldest first.
    package func shipmentNumbers(reference: String) async -> [String] {
        await state.shipments(reference: reference).map(\.albaran)
    }

    /// Sets the status TIPSA reports for a shipment from now on (`3` ENTREGADO, `4` INCIDENCIA, …).
    package func setStatus(_ code: String, shipmentNumber: String) async {
        await state.setStatus(code, albaran: shipmentNumber)
    }
}
