/// What an operation in `outbox/operations.csv` records: its `action` column.
///
/// The one list of them; the outbox page of the reference (docs/reference/outbox-files.md) says each one's statuses,
/// and a test holds them together.
package enum OperationAction: String, Sendable, CaseIterable {
    // intake
    case readFile = "read_file"
    case renameFile = "rename_file"
    case duplicateFile = "duplicate_file"
    case mergeOrder = "merge_order"
    case cleanField = "clean_field"
    case truncateField = "truncate_field"
    case cancelledAfterBooking = "cancelled_after_booking"
    case archiveFile = "archive_file"
    // carrier
    case createShipment = "create_shipment"
    case adoptShipment = "adopt_shipment"
    case fetchLabel = "fetch_label"
    case handOver = "hand_over"
    case refreshTracking = "refresh_tracking"
    // mirakl
    case fetchOrders = "fetch_orders"
    case updateTracking = "update_tracking"
    case confirmShipment = "confirm_shipment"
    case pushTracking = "push_tracking"
    // orchestrator
    case writeTracking = "write_tracking"
    case run
    case retry
    case rebuildLedger = "rebuild_ledger"
    case restoreLedger = "restore_ledger"
    case prune
}
