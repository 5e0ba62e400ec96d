import Domain
import Foundation
import Ledger

/// What `orchestrator stats` shows: orders by state and carrier, the share of booked orders among those that were
/// tried, the most frequent rejections, the median and 95th percentile of the waits to booking and to Mirakl's
/// confirmation, and the last runs.
package struct Statistics: Sendable {
    package struct Wait: Sendable {
        package var count: Int
        package var median: Double?
        package var percentile95: Double?
    }

    package var byState: [(state: String, count: Int)]
    package var byCarrier: [(carrier: String, count: Int)]
    /// Booked (or adopted) among the orders posting was tried on; nil when none was.
    package var successRate: Double?
    package var rejections: [(field: String, reason: String, count: Int)]
    package var toBooking: Wait
    package var toConfirmation: Wait
    package var runs: [RunRecord]

    package init(ledger: Ledger, since: Date) throws {
        let counts = try ledger.orderCounts(since: since)
        byState = counts.byState.map { (state: $0.0, count: $0.1) }
        byCarrier = counts.byCarrier.map { (carrier: $0.0, count: $0.1) }
        // Booked: past POSTING, where a shipment may exist.
        let bookedCount = byState.filter {
            guard let state = OrderState(rawValue: $0.state) else { return false }
            return state.mayHaveShipment && state != .posting
        }.map(\.count).reduce(0, +)
        let failed = byState.first { $0.state == "FAILED_POST" }?.count ?? 0
        successRate = bookedCount + failed == 0 ? nil : Double(bookedCount) / Double(bookedCount + failed)
        rejections = try ledger.topRejections(since: since, limit: 10)
        let waits = try ledger.waits(since: since)
        toBooking = Self.wait(waits.toBooking)
        toConfirmation = Self.wait(waits.toConfirmation)
        runs = try ledger.latestRuns(limit: 10)
    }

    /// Nearest-rank percentiles.
    static func wait(_ seconds: [Double]) -> Wait {
        let sorted = seconds.sorted()
        func percentile(_ p: Double) -> Double? {
            sorted.isEmpty ? nil : sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
        }
        return Wait(count: sorted.count, median: percentile(0.5), percentile95: percentile(0.95))
    }
}
