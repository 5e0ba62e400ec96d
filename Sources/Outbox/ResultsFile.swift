import Domain
import Foundation
import Ledger

/// `outbox/results/<stamp>-<stem>.results.csv` and its `.xlsx` twin: one row per order of one input file, with its
/// outcome.
package enum ResultsFile {
    package static let columns = ["order_id", "line", "outcome", "state", "carrier_code", "tracking_number", "message"]
    package static let sheetName = "results"

    package static func name(stamp: String, inputName: String) -> String {
        "\(stamp)-\(OutboxName.stem(of: inputName)).results.csv"
    }

    /// One order's row.
    package static func row(_ outcome: FileOrderOutcome) -> ReviewRow {
        // The state's error says what happened after intake (a failed post); intake's message says the rest.
        let later = outcome.errorMessage.flatMap { $0 == outcome.message || $0.isEmpty ? nil : $0 }
        let message = [outcome.message, later].compactMap { $0 }.joined(separator: "; ")
        return ReviewRow(
            [
                .text(outcome.orderID), .number(String(outcome.firstLine), decimals: 0), .text(outcome.outcome),
                .text(outcome.state ?? ""), .text(outcome.carrierCode ?? ""), .text(outcome.trackingNumber ?? ""),
                .text(message),
            ], needsAPerson: outcome.state.flatMap(OrderState.init(rawValue:))?.needsAPerson ?? false)
    }
}
