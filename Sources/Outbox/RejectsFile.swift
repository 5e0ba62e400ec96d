import Foundation
import Ledger

/// `outbox/rejects/<stamp>-<stem>.rejects.csv` and its `.xlsx` twin: every rejected field of one input file
/// (docs/reference/outbox-files.md).
package enum RejectsFile {
    package static let columns = ["file", "line", "order_id", "field", "reason"]
    package static let sheetName = "rejects"

    package static func name(stamp: String, inputName: String) -> String {
        "\(stamp)-\(OutboxName.stem(of: inputName)).rejects.csv"
    }

    /// One rejected field's row.
    ///
    /// Every row of the file is a rejection, so none is marked above the others.
    package static func row(_ rejection: Rejection, inputName: String) -> ReviewRow {
        ReviewRow([
            .text(inputName), .number(String(rejection.line), decimals: 0), .text(rejection.orderID),
            .text(rejection.field), .text(rejection.reason),
        ])
    }
}
