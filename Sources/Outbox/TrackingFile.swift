import CSV
import Foundation
import Ledger

/// `outbox/tracking/tracking-<stamp>.csv`: the OR23 rows to give Mirakl for shipments new in a run (SPEC §6).
public enum TrackingFile {
    public static let columns = ["order_id", "carrier_code", "carrier_name", "carrier_url", "tracking_number"]

    public static func name(stamp: String) -> String { "tracking-\(stamp).csv" }

    public static func document(_ orders: [OrderRecord], carriers: CarrierNames, writer: CSVWriter) -> Data {
        var data = writer.header(columns)
        for order in orders {
            let carrier = order.carrierCode ?? ""
            data.append(writer.row([
                .text(order.orderId), .text(carriers.miraklCode(carrier)), .text(carriers.name(carrier)),
                .text(carriers.trackingURL(carrier: carrier, trackingNumber: order.trackingNumber)),
                .text(order.trackingNumber ?? ""),
            ]))
        }
        return data
    }
}
