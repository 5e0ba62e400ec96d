import ArgumentParser
import Foundation
import Ledger
import Logging
import Monitoring
import Pipeline
import ServiceLifecycle
import Synchronization
import Workspace

/// `orchestrator watch`: the run pass in a loop, polling the inbox; SIGTERM/SIGINT finish the order in hand
/// and exit 0.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Run passes in a loop, polling inbox/ (SIGTERM or SIGINT stops cleanly).",
        discussion: """
            Passes in a loop, for a service: a pass, then a wait of `watch.poll_interval_seconds`. SIGTERM or SIGINT \
            lets it finish the order in hand and exit 0. It holds the run lock for its whole life.

            With `--http HOST:PORT` (off by default; loopback such as 127.0.0.1:9464 is the safe choice; read-only, \
            no secret) it also serves `GET /health`, the local checks of `health` as JSON (200 healthy, 503 \
            degraded; the endpoints are not called on every probe), and `GET /metrics` in Prometheus text: \
            `orchestrator_orders{state}`, `orchestrator_inbox_files_waiting`, \
            `orchestrator_last_run_timestamp_seconds`, `_duration_seconds` and `_exit_code`, every carrier and \
            Mirakl call as `orchestrator_calls_total{endpoint,outcome}` (ok, refused, pushed_back, server_error, \
            no_answer) and the histogram `orchestrator_call_duration_seconds{endpoint}`.

            Exit: 0 stopped by a signal; 2 configuration error; 3 another run holds the lock; 4 fatal.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Serve GET /health and GET /metrics (Prometheus) on HOST:PORT (127.0.0.1:9464).")
    var http: String?

    func validate() throws {
        if let http, Self.address(http) == nil {
            throw ValidationError("--http takes HOST:PORT, as 127.0.0.1:9464")
        }
    }

    func run() async throws {
        // Before any call is made, so that every carrier and Mirakl call is counted.
        let registry = http.map { _ in MonitoringServer.bootstrapMetrics() }
        try await Session.with(options, access: .working, booksShipments: true) { session in
            var services: [any Service] = [
                WatchService(session: session, quiet: options.quiet, wantsProgress: options.wantsProgress)
            ]
            if let http, let registry, let (host, port) = Self.address(http) {
                services.append(
                    MonitoringServer.application(
                        host: host, port: port, layout: session.layout, settings: session.settings,
                        isMiraklConfigured: session.mirakl != nil, registry: registry, logger: session.logger,
                        onListening: { bound in print("serving /health and /metrics on http://\(host):\(bound)") }))
            }
            let group = ServiceGroup(
                configuration: .init(
                    services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: session.logger))
            try await group.run()
        }
    }

    private static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port), colon != text.startIndex
        else { return nil }
        return (String(text[..<colon]), port)
    }
}

/// The watcher as a service, so that swift-service-lifecycle turns SIGTERM into a graceful stop.
struct WatchService: Service {
    let session: Session
    let quiet: Bool
    let wantsProgress: Bool

    func run() async throws {
        let stopping = StopFlag()
        try await withGracefulShutdownHandler {
            let progress = RunProgress()
            let pass = RunPass(context: session.context(isStopRequested: { stopping.isSet }, progress: progress))
            pass.removeLeftovers()
            var isRootGone = false
            while !stopping.isSet {
                do {
                    let summary = try await ProgressLine.around(progress, wanted: wantsProgress) {
                        try await pass.run()
                    }
                    if isRootGone { session.logger.notice("the root is back; work goes on") }
                    isRootGone = false
                    if !quiet, summary.filesTaken + summary.ordersPosted + summary.filesDuplicate > 0 {
                        print(summary.line)
                    }
                } catch let error as RootGone {
                    // A share unmounted for a while: the watcher waits for it, told once.
                    if !isRootGone { session.logger.error("\(error); waiting for it") }
                    isRootGone = true
                } catch let error as LedgerError where error.isConnectionLost {
                    // As for a carrier outage: the watcher waits, and its next pass connects again and takes up
                    // what this one left.
                    session.logger.warning(
                        "the ledger's database dropped the connection in the middle of a pass; the next takes up the rest",
                        metadata: ["error": "\(error)"])
                }
                try? await cancelWhenGracefulShutdown {
                    try await Task.sleep(for: .milliseconds(Int(session.settings.watch.pollIntervalSeconds * 1000)))
                }
            }
        } onGracefulShutdown: {
            stopping.set()
        }
    }
}

/// Set once, read from any task.
final class StopFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
