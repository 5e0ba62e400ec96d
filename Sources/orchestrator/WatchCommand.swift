import ArgumentParser
import Foundation
import Logging
import Pipeline
import ServiceLifecycle
import Synchronization

/// `orchestrator watch`: the run pass in a loop, polling the inbox; SIGTERM/SIGINT finish the order in hand
/// and exit 0.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Run passes in a loop, polling inbox/ (SIGTERM or SIGINT stops cleanly).")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        try await Session.withLock(options, booksShipments: true) { session in
            let service = WatchService(session: session, quiet: options.quiet)
            let group = ServiceGroup(
                configuration: .init(
                    services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: session.logger))
            try await group.run()
        }
    }
}

/// The watcher as a service, so that swift-service-lifecycle turns SIGTERM into a graceful stop.
struct WatchService: Service {
    let session: Session
    let quiet: Bool

    func run() async throws {
        let stopping = StopFlag()
        try await withGracefulShutdownHandler {
            let pass = RunPass(context: session.context(isStopRequested: { stopping.isSet }))
            pass.removeLeftovers()
            while !stopping.isSet {
                let summary = try await pass.run()
                if !quiet, summary.filesTaken + summary.ordersPosted + summary.filesDuplicate > 0 {
                    print(summary.line)
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
