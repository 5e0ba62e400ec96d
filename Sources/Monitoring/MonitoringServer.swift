import Foundation
import Hummingbird
import Ledger
import Logging
import Metrics
import Pipeline
import Prometheus
import Settings
import Workspace

/// `watch --http HOST:PORT`: `GET /health` (the local checks of `orchestrator health`, as JSON; 200 healthy, 503
/// degraded — the endpoints are not called on every probe) and `GET /metrics` (Prometheus text: orders by state, the
/// inbox's backlog, the last run, and every carrier and Mirakl call by outcome with its latency).
///
/// Read-only; no secret in either.
package enum MonitoringServer {
    /// Routes every process's swift-metrics to Prometheus: call it once, before the first call is made.
    package static func bootstrapMetrics() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }

    /// The server, a service to run beside the watcher; `onListening` gets the port it bound.
    package static func application(
        host: String, port: Int, layout: RootLayout, settings: Settings, isMiraklConfigured: Bool,
        registry: PrometheusCollectorRegistry, logger: Logger, onListening: @escaping @Sendable (Int) -> Void
    ) -> some ApplicationProtocol {
        let router = Router()
        router.get("health") { _, _ -> Response in
            let findings = HealthCheck(
                layout: layout, settings: settings, minimumFreeBytes: 1 << 30, isMiraklConfigured: isMiraklConfigured,
                now: Date()
            ).run()
            let isHealthy = !findings.contains(where: \.isProblem)
            let body = HealthFinding.json(findings)
            return Response(
                status: isHealthy ? .ok : .serviceUnavailable, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("metrics") { _, _ -> Response in
            refreshGauges(registry, layout: layout, settings: settings)
            var text: [UInt8] = []
            registry.emit(into: &text)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(bytes: text)))
        }
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "orchestrator"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    /// The figures read at each scrape: what the ledger and the inbox say now.
    private static func refreshGauges(_ registry: PrometheusCollectorRegistry, layout: RootLayout, settings: Settings) {
        guard let location = try? LedgerLocation.configured(sqlitePath: layout.ledger),
            let ledger = try? Ledger(location)
        else { return }
        if let counts = try? ledger.orderCounts(since: .distantPast) {
            for (state, count) in counts.byState {
                gauge(registry, "orders", help: "Orders in the ledger by state", labels: [("state", state)])
                    .set(Double(count))
            }
        }
        if let run = (try? ledger.latestRuns(limit: 10))?.first(where: { $0.finishedAt != nil }),
            let finished = run.finishedAt
        {
            gauge(registry, "last_run_timestamp", unit: "seconds", help: "When the last finished run ended")
                .set(finished.timeIntervalSince1970)
            gauge(registry, "last_run_duration", unit: "seconds", help: "How long the last finished run took")
                .set(finished.timeIntervalSince(run.startedAt))
            gauge(registry, "last_run_exit_code", help: "The last finished run's exit code")
                .set(Double(run.exitCode ?? -1))
        }
        let scanner = InboxScanner(
            inbox: layout.inbox, settleSeconds: settings.intake.settleSeconds,
            requiresDoneMarker: settings.intake.requiresDoneMarker)
        gauge(registry, "inbox_files_waiting", help: "Files in inbox/ ready to be taken")
            .set(Double(scanner.readyFiles(now: Date()).count))
    }

    /// `orchestrator_<name>[_<unit>]`, with its help text.
    private static func gauge(
        _ registry: PrometheusCollectorRegistry, _ name: String, unit: String = "", help: String,
        labels: [(String, String)] = []
    ) -> Prometheus.Gauge {
        registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "orchestrator", metricName: name, unitName: unit, helpText: help),
            labels: labels)
    }
}
