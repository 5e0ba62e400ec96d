import ArgumentParser
import Foundation
import Pipeline

/// `orchestrator push-tracking`: tracking (OR23) and shipment confirmation (OR24) of every `TRACKED` order.
struct PushTrackingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push-tracking",
        abstract: "Give Mirakl the tracking of every TRACKED order (OR23) and confirm its shipment (OR24).",
        discussion: "`run` and `watch` push by themselves after the tracking file; this pushes now.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let summary = try await Session.withLock(options) { session in
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
