import CSV
import Domain
import Foundation
import Ledger

/// `outbox/orders_view.csv`: the current state of every order, rewritten whole after each run (SPEC §6), with the
/// carrier's own code and words for its latest status (an incident's reason) after SPEC's columns.
package enum OrdersView {
    package static let columns = [
        "order_id", "marketplace", "internal_state", "carrier_code", "carrier_name", "service_code", "tracking_number",
        "tracking_url", "label_path", "carrier_status", "consignee_name", "consignee_postal_code", "consignee_city",
        "consignee_country", "packages", "weight_kg", "total_amount", "currency", "source_file", "created_at",
        "updated_at", "retry_count", "error_message", "mirakl_tracking_updated", "mirakl_ship_updated",
        "carrier_status_code", "carrier_status_text", "carrier_status_at",
    ]

    /// One order's row.
    package static func row(_ order: OrderRecord, sourceFile: String, carriers: CarrierNames, writer: CSVWriter) -> Data
    {
        writer.row([
            .text(order.orderId), .text(order.marketplace), .text(order.state.rawValue),
            .text(order.carrierCode.map(carriers.miraklCode) ?? ""), .text(order.carrierCode.map(carriers.name) ?? ""),
            .text(order.serviceCode ?? ""), .text(order.trackingNumber ?? ""),
            .text(carriers.trackingURL(carrier: order.carrierCode, trackingNumber: order.trackingNumber)),
            .text(order.labelPath ?? ""), .text(order.carrierStatus ?? ""), .text(order.consigneeName ?? ""),
            .text(order.consigneePostalCode ?? ""), .text(order.consigneeCity ?? ""),
            .text(order.consigneeCountry ?? ""), .number(order.packages.map(String.init) ?? ""),
            .number(order.weightKg.map { String(format: "%.3f", $0) } ?? ""), .number(order.totalAmount ?? ""),
            .text(order.currency ?? ""), .text(sourceFile), .text(order.createdAt.isoUTC),
            .text(order.updatedAt.isoUTC), .number(String(order.retryCount)), .text(order.errorMessage ?? ""),
            .text(order.miraklTrackingUpdated?.isoUTC ?? ""), .text(order.miraklShipUpdated?.isoUTC ?? ""),
            .text(order.carrierStatusCode ?? ""), .text(order.carrierStatusText ?? ""),
            .text(order.carrierStatusAt?.isoUTC ?? ""),
        ])
    }
}
