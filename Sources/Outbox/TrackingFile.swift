import CSV
import Foundation
import Ledger

/// `outbox/tracking/tracking-<stamp>.csv`: the OR23 rows to give Mirakl for shipments new in a run
/// (docs/reference/outbox-files.md).
package enum TrackingFile {
    package static let columns = ["order_id", "carrier_code", "carrier_name", "carrier_url", "tracking_number"]

    package static func name(stamp: String) -> String { "tracking-\(stamp).csv" }

    package static func document(_ rows: [TrackingRow], carriers: CarrierNames, writer: CSVWriter) -> Data {
        var data = writer.header(columns)
        for row in rows {
            let carrier = row.carrierCode
            data.append(
                writer.row([
                    .text(row.orderID), .text(carriers.miraklCode(carrier)), .text(carriers.name(carrier)),
                    .text(carriers.trackingURL(carrier: carrier, trackingNumber: row.trackingNumber)),
                    .text(row.trackingNumber),
                ]))
        }
        return data
    }
}
