import Domain
import Foundation

extension Ledger {
    /// How far a shop's orders were fetched from Mirakl.
    package struct MiraklFetchMark: Sendable, Equatable {
        /// When the last fetch that completed began: the next asks for orders changed since then (less an overlap).
        ///
        /// Nil until a fetch has completed.
        package var updatedSince: Date?
        /// When a fetch was last begun, completed or not: fetches are spaced from it.
        package var attemptedAt: Date
    }

    package func miraklFetchMark(shop: String) throws(LedgerError) -> MiraklFetchMark? {
        try read("read the Mirakl fetch mark") { db in
            try db.rows("SELECT updated_since, attempted_at FROM mirakl_fetch WHERE shop = ?", [shop]).first.map {
                MiraklFetchMark(updatedSince: try $0[0], attemptedAt: try $0[1])
            }
        }
    }

    /// Records that a fetch of `shop` begins now; the watermark stays where it was until `advanceMiraklFetch`.
    package func recordMiraklFetchAttempt(shop: String, at date: Date) throws(LedgerError) {
        try write("record a Mirakl fetch attempt") { db in
            try db.execute(
                """
                INSERT INTO mirakl_fetch (shop, attempted_at) VALUES (?, ?)
                ON CONFLICT (shop) DO UPDATE SET attempted_at = excluded.attempted_at
                """, shop, date)
        }
    }

    /// Moves the shop's watermark to `updatedSince`, once the fetch's orders are durably in the inbox, and logs
    /// `operation`.
    package func advanceMiraklFetch(
        shop: String, updatedSince: Date, logging operation: OperationRecord
    ) throws(LedgerError) {
        try transaction("advance the Mirakl fetch mark") { transaction in
            try transaction.db.execute("UPDATE mirakl_fetch SET updated_since = ? WHERE shop = ?", updatedSince, shop)
            try transaction.log(operation)
        }
    }
}

extension LedgerTransaction {
    /// OR23 was accepted for a `TRACKED` order: the next push of it only confirms the shipment.
    package func markTrackingSentToMirakl(_ orderID: String, at date: Date, logging operation: OperationRecord) throws {
        try transition(
            orderID, from: .tracked,
            set: "mirakl_tracking_updated = ?1, updated_at = ?1", [LedgerDate.text(date)], logging: operation)
    }

    /// OR24 was accepted (or Mirakl already showed the order shipped): the order is `MIRAKL_OK`.
    package func markShipmentConfirmedToMirakl(
        _ orderID: String, at date: Date, logging operation: OperationRecord
    ) throws {
        try transition(
            orderID, from: .tracked,
            set: "mirakl_ship_updated = ?1, updated_at = ?1, state = ?2, error_message = NULL",
            [LedgerDate.text(date), OrderState.miraklOK.rawValue], logging: operation)
    }

    /// Mirakl refused the order's tracking or confirmation for a reason of the order's own: `FAILED_PUSH` with
    /// Mirakl's words, until `orchestrator retry`.
    package func markPushFailed(
        _ orderID: String, reason: String, at date: Date, logging operation: OperationRecord
    ) throws {
        try transition(
            orderID, from: .tracked,
            set: "state = ?2, error_message = ?3, updated_at = ?1",
            [LedgerDate.text(date), OrderState.failedPush.rawValue, reason], logging: operation)
    }

    /// An order Mirakl now reports cancelled or refused after it may have been booked: its shipment is kept, the
    /// error says so, and the Mirakl state is recorded so that the next overlapping fetch does not say it again.
    package func markCancelledAfterBooking(
        _ orderID: String, miraklState: String, message: String, at date: Date
    ) throws {
        try db.execute(
            #"UPDATE "order" SET mirakl_state = ?, error_message = ?, updated_at = ? WHERE order_id = ?"#, miraklState,
            message, date, orderID)
    }
}
