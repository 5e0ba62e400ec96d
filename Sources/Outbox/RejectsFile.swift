import CSV
import Foundation
import Ledger

/// `outbox/rejects/<stamp>-<stem>.rejects.csv`: every rejected field of one input file (SPEC §2).
package enum RejectsFile {
    package static let columns = ["file", "line", "order_id", "field", "reason"]

    package static func name(stamp: String, inputName: String) -> String {
        "\(stamp)-\(OutboxName.stem(of: inputName)).rejects.csv"
    }

    package static func document(_ rejections: [Rejection], inputName: String, writer: CSVWriter) -> Data {
        var data = writer.header(columns)
        for rejection in rejections {
            data.append(
                writer.row([
                    .text(inputName), .number(String(rejection.line)), .text(rejection.orderId), .text(rejection.field),
                    .text(rejection.reason),
                ]))
        }
        return data
    }
}
