import Domain
import Foundation

/// The transitions of posting and labelling: each changes only the columns it is about, from the state the stage
/// believes the order is in.
extension LedgerTransaction {
    /// A create may go out now: the order is `POSTING` before the call, so a crash finds it to look up.
    ///
    /// False, and nothing changed, when the order is no longer in `state` with `contentSHA256`: a newer export of it,
    /// taken by another worker since it was claimed, is posted from its next claim.
    package func beginPosting(
        _ orderID: String, from state: OrderState, contentSHA256: String, at date: Date
    ) throws -> Bool {
        try db.execute(
            #"UPDATE "order" SET state = ?, updated_at = ? WHERE order_id = ? AND state = ? AND content_sha256 = ?"#,
            OrderState.posting.rawValue, date, orderID, state.rawValue, contentSHA256) == 1
    }

    /// The carrier booked the shipment (or had booked it before an interruption): `POSTED`, with its numbers and, when
    /// it came with the booking, its label.
    ///
    /// `failedAttempts` transient failures before it count as retries.
    package func recordShipment(
        _ orderID: String, shipmentNumber: String, trackingNumber: String, labelPath: String?, failedAttempts: Int,
        at date: Date, logging operation: OperationRecord
    ) throws {
        try transition(
            orderID, from: .posting,
            set: "state = ?1, shipment_number = ?2, tracking_number = ?3, label_path = ?4, error_message = NULL, "
                + "retry_count = retry_count + ?5, updated_at = ?6",
            [
                OrderState.posted.rawValue, shipmentNumber, trackingNumber, labelPath, failedAttempts,
                LedgerDate.text(date),
            ],
            logging: operation)
    }

    /// Leaves a `POSTING` order queued for the next run: still `POSTING` when a create may have reached the carrier
    /// (the next run looks it up first), else `PENDING_POST`.
    package func deferPosting(
        _ orderID: String, to state: OrderState, reason: String, failedAttempts: Int, at date: Date
    ) throws {
        try transition(
            orderID, from: .posting,
            set: "state = ?1, error_message = ?2, retry_count = retry_count + ?3, updated_at = ?4",
            [state.rawValue, reason, failedAttempts, LedgerDate.text(date)])
    }

    /// The order cannot be booked as it is: `FAILED_POST` with the reason, until `orchestrator retry`.
    package func failPosting(
        _ orderID: String, from state: OrderState, reason: String, failedAttempts: Int, at date: Date,
        logging operation: OperationRecord
    ) throws {
        try transition(
            orderID, from: state,
            set: "state = ?1, error_message = ?2, retry_count = retry_count + ?3, updated_at = ?4",
            [OrderState.failedPost.rawValue, reason, failedAttempts, LedgerDate.text(date)], logging: operation)
    }

    /// A posted order's label is saved at `labelPath`.
    package func recordLabel(_ orderID: String, labelPath: String, at date: Date) throws {
        try transition(
            orderID, from: .posted, set: "label_path = ?1, updated_at = ?2", [labelPath, LedgerDate.text(date)])
    }

    /// No label could be had for a posted order: `FAILED_TRACKING`, until `orchestrator retry`.
    package func failTracking(
        _ orderID: String, reason: String, at date: Date, logging operation: OperationRecord
    ) throws {
        try transition(
            orderID, from: .posted, set: "state = ?1, error_message = ?2, updated_at = ?3",
            [OrderState.failedTracking.rawValue, reason, LedgerDate.text(date)], logging: operation)
    }
}
