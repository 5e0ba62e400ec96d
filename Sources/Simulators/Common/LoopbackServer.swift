import Hummingbird
import Logging
import ServiceLifecycle

/// A simulator's HTTP server on 127.0.0.1, run in a service group so that it can be stopped gracefully.
final class LoopbackServer: Sendable {
    /// `http://127.0.0.1:PORT`.
    let baseURL: String
    /// The requests answered at once, at most, since the start.
    var peakConcurrentRequests: Int { meter.peak }
    /// The requests answered since the start.
    var totalRequests: Int { meter.total }
    private let meter: RequestMeter
    private let services: ServiceGroup
    private let server: Task<Void, Never>

    private init(baseURL: String, meter: RequestMeter, services: ServiceGroup, server: Task<Void, Never>) {
        self.baseURL = baseURL
        self.meter = meter
        self.services = services
        self.server = server
    }

    /// Serves the routes `addRoutes` adds on `port` (0: an ephemeral one) and returns once it listens.
    static func start(
        name: String, port: Int, logger: Logger, addRoutes: (Router<SimulatorRequestContext>) -> Void
    ) async throws -> LoopbackServer {
        let meter = RequestMeter()
        let router = Router(context: SimulatorRequestContext.self)
        router.add(middleware: meter)
        addRoutes(router)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: name),
            onServerRunning: { channel in portSink.yield(channel.localAddress?.port ?? 0) },
            logger: logger)
        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let server = Task {
            do {
                try await services.run()
            } catch {
                logger.error("\(name) stopped", metadata: ["error": "\(error)"])
            }
            portSink.finish()
        }
        var boundPort: Int?
        for await bound in ports {
            boundPort = bound
            break
        }
        guard let boundPort, boundPort > 0 else {
            server.cancel()
            throw SimulatorStartError(message: "the \(name) could not bind 127.0.0.1:\(port)")
        }
        let baseURL = "http://127.0.0.1:\(boundPort)"
        logger.info("\(name) listening", metadata: ["simulator.url": "\(baseURL)"])
        return LoopbackServer(baseURL: baseURL, meter: meter, services: services, server: server)
    }

    /// Stops the server and waits until it has closed.
    ///
    /// Requests still in flight a second later (a simulated hang) are cut off.
    func stop() async {
        await services.triggerGracefulShutdown()
        let server = self.server
        let cutOff = Task {
            try? await Task.sleep(for: .seconds(1))
            server.cancel()
        }
        await server.value
        cutOff.cancel()
    }
}

/// A simulator could not start.
package struct SimulatorStartError: Error, Sendable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}
