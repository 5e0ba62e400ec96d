import ArgumentParser
import Foundation
import Pipeline

/// `orchestrator fetch-orders`: the orders changed at Mirakl since the last fetch, into `inbox/` as one export.
struct FetchOrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch-orders",
        abstract: "Fetch the orders changed at Mirakl since the last fetch, in every state, into inbox/ (OR11).",
        discussion: "Needs MIRAKL_URL and MIRAKL_API_KEY (and MIRAKL_SHOP_ID for a user with several shops). "
            + "`run` and `watch` fetch by themselves every mirakl.fetch_interval_seconds; this fetches now.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let (summary, file) = try await Session.withLock(options) { session in
            try await MiraklRoundTrip(context: session.context(), client: session.requireMirakl()).fetch()
        }
        if let file {
            print("\(summary.ordersFetched) order(s) fetched from Mirakl into inbox/\(file)")
        } else if summary.miraklProblems.isEmpty, !options.quiet {
            print("no order changed at Mirakl since the last fetch")
        }
        for problem in summary.miraklProblems { print(problem) }
        throw ExitCode(summary.exitCode)
    }
}
