import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A loopback TIPSA (Dinapaq SOAP) server for `--sandbox`, tests and benchmarks. It speaks the wire protocol of
/// TIPSA's official examples and counts creates per reference, so callers can prove nothing was booked twice.
public final class TipsaSimulator: Sendable {
    /// `http://127.0.0.1:PORT`; a client appends `/SOAP?service=…` as it would to TIPSA's own URL.
    public let baseURL: String
    let state: TipsaSimulatorState
    private let services: ServiceGroup
    private let server: Task<Void, Never>

    private init(baseURL: String, state: TipsaSimulatorState, services: ServiceGroup, server: Task<Void, Never>) {
        self.baseURL = baseURL
        self.state = state
        self.services = services
        self.server = server
    }

    /// Starts a simulator on 127.0.0.1 (an ephemeral port unless `options.port` says otherwise).
    public static func start(options: Options = .init(), logger: Logger) async throws -> TipsaSimulator {
        let state = TipsaSimulatorState(sessionLifetime: options.sessionLifetime, faultRate: options.faultRate)
        let endpoint = TipsaSimulatorEndpoint(options: options, state: state, logger: logger)
        let router = Router()
        router.post("SOAP") { request, _ in try await endpoint.respond(to: request) }
        router.get("_simulator/stats") { _, _ in await endpoint.stats() }

        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: options.port), serverName: "TipsaSimulator"),
            onServerRunning: { channel in portSink.yield(channel.localAddress?.port ?? 0) },
            logger: logger)
        // A service group, so that `stop()` can shut the server down gracefully instead of cancelling it.
        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let server = Task {
            do {
                try await services.run()
            } catch {
                logger.error("TIPSA simulator stopped", metadata: ["error": "\(error)"])
            }
            portSink.finish()
        }
        var boundPort: Int?
        for await port in ports {
            boundPort = port
            break
        }
        guard let port = boundPort, port > 0 else {
            server.cancel()
            throw SimulatorStartError(message: "the TIPSA simulator could not bind 127.0.0.1:\(options.port)")
        }
        logger.info("TIPSA simulator listening", metadata: ["simulator.url": "http://127.0.0.1:\(port)"])
        return TipsaSimulator(baseURL: "http://127.0.0.1:\(port)", state: state, services: services, server: server)
    }

    /// Stops the server and waits until it has closed.
    /// Requests still in flight a second later (a simulated hang) are cut off.
    public func stop() async {
        await services.triggerGracefulShutdown()
        let server = self.server
        let cutOff = Task {
            try? await Task.sleep(for: .seconds(1))
            server.cancel()
        }
        await server.value
        cutOff.cancel()
    }

    /// How many shipments were created under this reference.
    public func createCount(reference: String) async -> Int { await state.createCount(reference: reference) }

    /// How many shipments were created in all.
    public func totalCreates() async -> Int { await state.totalCreates() }

    /// How many logins succeeded (TIPSA rate-limits them; a client should reuse its session).
    public func sessionsOpened() async -> Int { await state.sessionsOpened() }

    /// References created more than once (should stay empty).
    public func duplicateReferences() async -> [String] { await state.duplicateReferences() }
}

/// The simulator could not start.
public struct SimulatorStartError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
