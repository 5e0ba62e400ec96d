import ArgumentParser
import Foundation
import Pipeline

/// `orchestrator refresh-tracking`: the carriers' latest status of every shipped order; delivered → COMPLETE.
struct RefreshTrackingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh-tracking",
        abstract: "Ask the carriers for the status of shipped orders; delivered orders become COMPLETE.",
        discussion: """
            Asks each carrier for the status of every shipped order (TIPSA `ConsEnvEstados`, OnTime `detalles`), \
            stores the new events, keeps the latest normalised status in `carrier_status` and the carrier's own code \
            and words in `carrier_status_code` and `carrier_status_text` of `orders_view.csv`, makes delivered \
            TRACKED orders COMPLETE, and logs incidents as WARNING operations. Holds the run lock.

            Exit: 0; 1 a carrier could not be asked; 2 configuration error; 3 another run holds the lock.
            """)

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let summary = try await Session.with(options) { session in
            try await TrackingRefresh(context: session.context()).run()
        }
        if !options.quiet || summary.exitCode != 0 { print(summary.line) }
        throw ExitCode(summary.exitCode)
    }
}
