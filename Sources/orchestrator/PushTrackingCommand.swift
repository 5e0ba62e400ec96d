import ArgumentParser
import Foundation
import Pipeline

/// `orchestrator push-tracking`: tracking (OR23) and shipment confirmation (OR24) of every `TRACKED` order.
struct PushTrackingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push-tracking",
        abstract: "Give Mirakl the tracking of every TRACKED order (OR23) and confirm its shipment (OR24).",
        discussion: """
            Gives Mirakl the carrier and tracking number of every TRACKED order (OR23), then confirms its shipment \
            (OR24), and updates the review files. `run` and `watch` push by themselves after writing the tracking \
            file; this pushes now. An order Mirakl refuses becomes FAILED_PUSH with Mirakl's reason. Holds the run \
            lock.

            Exit: 0; 1 an order was refused or Mirakl could not be used; 2 Mirakl not configured; 3 another run \
            holds the lock.
            """)

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let summary = try await Session.with(options) { session in
            try await MiraklRoundTrip(context: session.context(), client: session.requireMirakl()).push()
        }
        if !options.quiet || summary.exitCode != 0 {
            print(
                "\(summary.ordersConfirmed) order(s) confirmed to Mirakl, \(summary.ordersPushFailed) refused by Mirakl"
            )
        }
        for problem in summary.miraklProblems { print(problem) }
        throw ExitCode(summary.exitCode)
    }
}
