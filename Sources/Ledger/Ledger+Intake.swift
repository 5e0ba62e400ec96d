import Domain
import Foundation

/// The transition of intake's merge for an order the ledger already has.
extension LedgerTransaction {
    /// A newer export of an order that has no shipment replaces what intake recorded for it — state, content, route,
    /// consignee, error — from the state intake read it in.
    ///
    /// What posting recorded (retries, earlier errors' count) stays.
    package func replaceExport(of order: OrderRecord, from state: OrderState) throws {
        try transition(
            order.orderID, from: state,
            set: """
                state = ?1, content_sha256 = ?2, source_file_id = ?3, shippable = ?4, carrier_code = ?5,
                service_code = ?6, consignee_name = ?7, consignee_postal_code = ?8, consignee_city = ?9,
                consignee_country = ?10, packages = ?11, weight_kg = ?12, total_amount = ?13, currency = ?14,
                error_message = ?15, mirakl_state = ?16, updated_at = ?17
                """,
            [
                order.state.rawValue, order.contentSHA256, order.sourceFileID, order.shippable, order.carrierCode,
                order.serviceCode, order.consigneeName, order.consigneePostalCode, order.consigneeCity,
                order.consigneeCountry, order.packages, order.weightKg, order.totalAmount, order.currency,
                order.errorMessage, order.miraklState, LedgerDate.text(order.updatedAt),
            ])
    }
}
