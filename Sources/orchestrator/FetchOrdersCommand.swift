import ArgumentParser
import Foundation
import Pipeline

/// `orchestrator fetch-orders`: the orders changed at Mirakl since the last fetch, into `inbox/` as one export.
struct FetchOrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch-orders",
        abstract: "Fetch the orders changed at Mirakl since the last fetch, in every state, into inbox/ (OR11).",
        discussion: """
            Fetches now, whatever `mirakl.fetch_interval_seconds` says, the orders changed at Mirakl since the last \
            fetch (OR11, every state, paged) into `inbox/` as one JSON file (`mirakl-<shop>-<stamp>.json`), for the \
            next run to take. Needs MIRAKL_URL and MIRAKL_API_KEY (and MIRAKL_SHOP_ID for a user with several \
            shops). `run` and `watch` fetch by themselves. Holds the run lock.

            Exit: 0; 1 Mirakl could not be read in full (nothing written, the next fetch asks again from the same \
            moment); 2 Mirakl not configured; 3 another run holds the lock.
            """)

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let (summary, file) = try await Session.with(options) { session in
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
