import Foundation
import Mirakl

/// `orchestrator fetch-orders` and `orchestrator push-tracking`: one half of the Mirakl round trip on its own, outside
/// a run, with the review files brought up to date after it.
package struct MiraklRoundTrip: Sendable {
    let context: RunContext
    let client: MiraklClient

    package init(context: RunContext, client: MiraklClient) {
        self.context = context
        self.client = client
    }

    /// Fetches now, whenever the last fetch was; the export lands in the inbox for the next run.
    ///
    /// Beside workers sharing the ledger, it waits while one of them fetches.
    package func fetch() async throws -> (summary: RunSummary, file: String?) {
        var summary = RunSummary()
        var file: String?
        let fetch = OrderFetch(context: context, client: client)
        switch try await context.ledger.holding(.miraklFetch, { try await fetch.run(ignoringInterval: true) }) {
        case .written(let name, let orders):
            summary.ordersFetched = orders
            file = name
        case .failed(let error):
            summary.miraklProblems.append("Mirakl fetch failed: \(error.message)")
        case .tooSoon, .nothingNew:
            break
        }
        try ReportingStage(context: context).exportOperations()
        return (summary, file)
    }

    /// Gives Mirakl the tracking of every `TRACKED` order and confirms its shipment.
    package func push() async throws -> RunSummary {
        var summary = RunSummary()
        try await TrackingPush(context: context, client: client).run(summary: &summary)
        try await ReportingStage(context: context).run()
        return summary
    }
}
