import ArgumentParser
import Foundation
import Pipeline

/// `orchestrator refresh-tracking`: the carriers' latest status of every shipped order; delivered → COMPLETE.
struct RefreshTrackingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh-tracking",
        abstract: "Ask the carriers for the status of shipped orders; delivered orders become COMPLETE.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let summary = try await Session.withLock(options) { session in
            try await TrackingRefresh(context: session.context()).run()
        }
        if !options.quiet || summary.exitCode != 0 { print(summary.line) }
        throw ExitCode(summary.exitCode)
    }
}
