import Domain
import Foundation

extension Ledger {
    /// Orders of `carrier` with a shipment the carrier has not been handed yet, up to `limit`.
    package func shipmentsAwaitingHandover(
        carrier: String, limit: Int
    ) throws(LedgerError)
        -> [(orderID: String, shipmentNumber: String)]
    {
        try read("list shipments to hand over") { db in
            try db.rows(
                #"SELECT order_id, shipment_number FROM "order" "#
                    + "WHERE carrier_code = ? AND handed_over_at IS NULL AND shipment_number IS NOT NULL "
                    + "ORDER BY \(db.dialect.recordingOrder) LIMIT ?", [carrier, limit]
            ).map { (orderID: try $0["order_id"], shipmentNumber: try $0["shipment_number"]) }
        }
    }
}

extension LedgerTransaction {
    /// Records that the carrier was handed these orders' shipments, and logs `operation`.
    package func markHandedOver(_ orderIDs: [String], at date: Date, logging operation: OperationRecord) throws {
        for orderID in orderIDs {
            try db.execute(#"UPDATE "order" SET handed_over_at = ? WHERE order_id = ?"#, date, orderID)
        }
        try log(operation)
    }
}

extension LedgerTransaction {
    /// Stores the events not stored before and, when the latest of them changes what the ledger holds, sets the
    /// order's carrier status to it (and `COMPLETE` when `completes`), from the state the caller read, logging
    /// `operations`.
    package func recordTracking(
        _ orderID: String, in state: OrderState, latest: TrackingEventRecord?, completes: Bool,
        events: [TrackingEventRecord], fetchedAt: Date, logging operations: [OperationRecord]
    ) throws {
        for event in events {
            try db.execute(
                """
                INSERT INTO tracking_event (order_id, carrier_code, recorded_at, status, code, text, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, event.orderID, event.carrierCode, event.recordedAt.map(LedgerDate.text) ?? "", event.status,
                event.code, event.text, fetchedAt)
        }
        if let latest {
            try transition(
                orderID, from: state,
                set: "carrier_status = ?1, carrier_status_code = ?2, carrier_status_text = ?3, carrier_status_at = ?4, "
                    + "state = ?5, updated_at = ?6",
                [
                    latest.status, latest.code, latest.text, latest.recordedAt.map(LedgerDate.text),
                    (completes ? OrderState.complete : state).rawValue, LedgerDate.text(fetchedAt),
                ])
        }
        for operation in operations { try log(operation) }
    }
}
