import AsyncHTTPClient
import Connections
import Foundation
import Logging
import Mirakl
import RemoteCalls
import Settings

/// Whether each endpoint the configuration needs answers with the credentials it is given: for each carrier routing
/// uses, a look-up by a reference no order has (TIPSA logs in first); for Mirakl, when configured, a look-up of an
/// order id no order has.
///
/// A short timeout and no retries: a monitor wants an answer, not patience. Secrets never appear: only the carriers'
/// and Mirakl's own messages, which the clients already keep free of them.
package struct EndpointCheck {
    /// The longest a health check waits for one endpoint.
    static let timeout: TimeInterval = 10

    let environment: [String: String]
    let settings: Settings
    let logger: Logger

    package init(environment: [String: String], settings: Settings, logger: Logger) {
        self.environment = environment
        self.settings = settings
        self.logger = logger
    }

    package func run() async -> [HealthFinding] {
        var quick = settings
        quick.posting.callTimeoutSeconds = min(settings.posting.callTimeoutSeconds, Self.timeout)
        quick.posting.connectTimeoutSeconds = min(settings.posting.connectTimeoutSeconds, Self.timeout)
        quick.mirakl.retryAttempts = 1
        let httpClient = CarrierRegistry.httpClient(settings: quick)
        let findings = await check(with: httpClient, settings: quick)
        try? await httpClient.shutdown()
        return findings
    }

    private func check(with httpClient: HTTPClient, settings quick: Settings) async -> [HealthFinding] {
        let (clients, unconfigured, _) = CarrierRegistry.clients(
            environment: environment, httpClient: httpClient, settings: quick, logger: logger)
        var findings: [HealthFinding] = []
        let routed = Set(settings.routing.map(\.carrier))
        for carrier in routed.sorted() {
            if let reason = unconfigured[carrier] {
                findings.append(.problem(carrier, "routing sends orders here, but it is \(reason)"))
            } else if let client = clients[carrier] {
                findings.append(
                    await reach(carrier) { () async throws(CallError) in
                        _ = try await client.findShipment(reference: "HEALTHCHECK")
                    })
            }
        }
        do {
            if let mirakl = try MiraklConnection.client(
                environment: environment, httpClient: httpClient, settings: quick, logger: logger)
            {
                findings.append(
                    await reach("mirakl") { () async throws(CallError) in
                        _ = try await mirakl.orders(ids: ["HEALTHCHECK"])
                    })
            }
        } catch {
            findings.append(.problem("mirakl", "\(error)"))
        }
        return findings
    }

    private func reach(
        _ name: String, _ call: () async throws(CallError) -> Void
    ) async -> HealthFinding {
        let clock = ContinuousClock()
        let started = clock.now
        do {
            try await call()
            let elapsed = (clock.now - started).formatted(.units(allowed: [.milliseconds]))
            return .ok(name, "reached, credentials accepted (\(elapsed))")
        } catch {
            switch error.kind {
            case .unavailable:
                return .problem(name, "\(error.message): check its URL and credentials in the environment")
            case .transient:
                return .problem(name, "not answering: \(error.message): is it up? is the network?")
            case .permanent:
                return .problem(name, "answered, but refused a look-up: \(error.message)")
            }
        }
    }
}
