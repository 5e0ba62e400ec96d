import Foundation
import Hummingbird
import Logging

/// A loopback OnTime (Alertran GTS REST + JSON) server for `--sandbox`, tests and benchmarks.
///
/// It serves `documentarEnvio/json`, `entregaRecogedorService/entregaRecogidas`, `detalleExpedicioneService/detalles`
/// and `etiquetarService/etiquetar` under GTS's base path, answers in OnTime's quirky shapes and counts creates per
/// reference, so callers can prove nothing was booked twice.
package final class OnTimeSimulator: Sendable {
    /// GTS's REST base path, as in OnTime's own URLs.
    static let basePath = "/gts/seam/resource/restv1/auth"

    /// `http://127.0.0.1:PORT/gts/seam/resource/restv1/auth`; a client appends the endpoint.
    package var baseURL: String { server.baseURL + Self.basePath }
    let options: Options
    let state: OnTimeSimulatorState
    private let server: LoopbackServer

    private init(options: Options, state: OnTimeSimulatorState, server: LoopbackServer) {
        self.options = options
        self.state = state
        self.server = server
    }

    /// Starts a simulator on 127.0.0.1 (an ephemeral port unless `behaviour.port` says otherwise).
    package static func start(
        options: Options = .init(), behaviour: SimulatorBehaviour = .init(), logger: Logger
    ) async throws -> OnTimeSimulator {
        let state = OnTimeSimulatorState()
        let endpoint = OnTimeSimulatorEndpoint(
            options: options, faults: FaultInjector(behaviour), state: state, logger: logger)
        let server = try await LoopbackServer.start(name: "OnTime simulator", port: behaviour.port, logger: logger) {
            router in
            for operation in OnTimeSimulatorEndpoint.Operation.allCases {
                router.post(RouterPath(stringLiteral: basePath + "/" + operation.rawValue)) { request, context in
                    try await endpoint.respond(to: request, context: context, operation: operation)
                }
            }
            router.get("_simulator/stats") { _, _ in await state.creates.statsResponse }
        }
        return OnTimeSimulator(options: options, state: state, server: server)
    }

    /// `GET` it for `{"creates": {reference: count}, "total": n}`.
    package var statsURL: String { server.baseURL + "/_simulator/stats" }

    /// The environment that points the OnTime adapter at this simulator.
    package var environment: [String: String] {
        [
            "ONTIME_URL": baseURL, "ONTIME_USER": options.user, "ONTIME_PASSWORD": options.password,
            "ONTIME_CLIENT": options.client,
        ]
    }

    /// Stops the server and waits until it has closed.
    package func stop() async { await server.stop() }

    /// How many expeditions were documented under this reference.
    package func createCount(reference: String) async -> Int { await state.creates.count(reference: reference) }

    /// The most calls it ever answered at once.
    package var peakConcurrentCalls: Int { server.peakConcurrentRequests }

    /// How many calls it answered.
    package var totalCalls: Int { server.totalRequests }

    /// How many expeditions were documented in all.
    package func totalCreates() async -> Int { await state.creates.total }

    /// References documented more than once (should stay empty).
    package func duplicateReferences() async -> [String] { await state.creates.duplicates }

    /// The expedition numbers documented under this reference, oldest first.
    package func shipmentNumbers(reference: String) async -> [String] {
        await state.shipments(reference: reference).map(\.number)
    }

    /// Whether `entregaRecogidas` has handed over the expedition.
    package func isHandedOver(shipmentNumber: String) async -> Bool {
        await handoverCount(shipmentNumber: shipmentNumber) > 0
    }

    /// How many times `entregaRecogidas` handed over the expedition.
    package func handoverCount(shipmentNumber: String) async -> Int {
        await state.shipment(number: shipmentNumber)?.handovers ?? 0
    }

    /// While `refuses`, every handover (`entregaRecogidas`) is refused with a `KO` that retrying cannot help.
    package func refuseHandovers(_ refuses: Bool) async {
        await state.setRefusesHandovers(refuses)
    }

    /// Adds an event to the expedition's tracking history (`REPA` En reparto, `ENTR` Entregado, `6101` Ausente, …).
    package func setStatus(code: String, text: String, shipmentNumber: String) async {
        await state.addEvent(code: code, text: text, number: shipmentNumber)
    }
}

extension OnTimeSimulator {
    /// What the simulator accepts as OnTime's account.
    ///
    /// How slow and faulty it is comes from `SimulatorBehaviour`.
    package struct Options: Sendable {
        /// The simulator's demo user, password and client (not OnTime's).
        package static let demoUser = "ws-sandbox"
        package static let demoPassword = "sandbox"
        package static let demoClient = "09999999"
        package static let demoCentre = "03"

        package var user: String
        package var password: String
        package var client: String
        package var centre: String

        package init(
            user: String = demoUser, password: String = demoPassword, client: String = demoClient,
            centre: String = demoCentre
        ) {
            self.user = user
            self.password = password
            self.client = client
            self.centre = centre
        }
    }
}
