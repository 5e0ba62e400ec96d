import Domain
import Foundation
import Ledger

/// `outbox/orders_view.csv` and its twin `orders_view.xlsx`: the current state of every order, rewritten whole after
/// a run that changed anything (docs/reference/outbox-files.md), with the carrier's own code and words for its latest
/// status (an incident's reason) and its time in the last three columns.
package enum OrdersView {
    package static let columns = [
        "order_id", "marketplace", "internal_state", "carrier_code", "carrier_name", "service_code", "tracking_number",
        "tracking_url", "label_path", "carrier_status", "consignee_name", "consignee_postal_code", "consignee_city",
        "consignee_country", "packages", "weight_kg", "total_amount", "currency", "source_file", "created_at",
        "updated_at", "retry_count", "error_message", "mirakl_tracking_updated", "mirakl_ship_updated",
        "carrier_status_code", "carrier_status_text", "carrier_status_at",
    ]
    package static let sheetName = "orders"

    /// One order's row.
    package static func row(_ order: OrderRecord, sourceFile: String, carriers: CarrierNames) -> ReviewRow {
        let trackingURL = carriers.trackingURL(carrier: order.carrierCode, trackingNumber: order.trackingNumber)
        let labelPath = order.labelPath ?? ""
        return ReviewRow(
            [
                .text(order.orderID), .text(order.marketplace), .text(order.state.rawValue),
                .text(order.carrierCode.map(carriers.miraklCode) ?? ""),
                .text(order.carrierCode.map(carriers.name) ?? ""), .text(order.serviceCode ?? ""),
                .text(order.trackingNumber ?? ""), .link(target: trackingURL, text: trackingURL),
                .link(target: linkFromOutbox(to: labelPath), text: labelPath), .text(order.carrierStatus ?? ""),
                .text(order.consigneeName ?? ""), .text(order.consigneePostalCode ?? ""),
                .text(order.consigneeCity ?? ""), .text(order.consigneeCountry ?? ""),
                .number(order.packages.map(String.init) ?? "", decimals: 0),
                .number(order.weightKg.map { String(format: "%.3f", $0) } ?? "", decimals: 3),
                .number(order.totalAmount ?? "", decimals: 2), .text(order.currency ?? ""), .text(sourceFile),
                .date(order.createdAt), .date(order.updatedAt), .number(String(order.retryCount), decimals: 0),
                .text(order.errorMessage ?? ""), .date(order.miraklTrackingUpdated), .date(order.miraklShipUpdated),
                .text(order.carrierStatusCode ?? ""), .text(order.carrierStatusText ?? ""),
                .date(order.carrierStatusAt),
            ], needsAPerson: order.state.needsAPerson)
    }

    /// A label's path (relative to the root) as seen from `outbox/`, where the view is: a link that opens from there.
    private static func linkFromOutbox(to labelPath: String) -> String {
        labelPath.hasPrefix("outbox/") ? String(labelPath.dropFirst("outbox/".count)) : ""
    }
}
