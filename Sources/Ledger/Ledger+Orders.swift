import Domain
import Foundation

extension Ledger {
    /// Up to `limit` orders in `states` (only those without a label, if asked) that come after `position` in the order
    /// they were first recorded: a queue of any length is read page by page.
    ///
    /// Pass the last position returned to get the next page.
    package func orders(
        in states: [OrderState], withoutLabelOnly: Bool = false, after position: Int64, limit: Int
    ) throws(LedgerError) -> [(position: Int64, order: OrderRecord)] {
        try read("list queued orders") { db in
            let placeholders = Array(repeating: "?", count: states.count).joined(separator: ", ")
            let recordingOrder = db.dialect.recordingOrder
            return try db.rows(
                "SELECT \(OrderRecord.selection), \(recordingOrder) AS queue_position FROM \"order\" "
                    + "WHERE state IN (\(placeholders))" + (withoutLabelOnly ? " AND label_path IS NULL" : "")
                    + " AND \(recordingOrder) > ? ORDER BY \(recordingOrder) LIMIT ?",
                states.map(\.rawValue) + [position, limit]
            ).map { row in (position: try row["queue_position"], order: try OrderRecord(row: row)) }
        }
    }

    /// How many orders are in `state`.
    package func count(in state: OrderState) throws(LedgerError) -> Int {
        try read("count orders") { db in
            try db.value(#"SELECT COUNT(*) FROM "order" WHERE state = ?"#, [state.rawValue]) ?? 0
        }
    }

    /// The tracking row of every posted, labelled order, with the tracking file it goes to: the one a killed run
    /// promised it, else `relativePath`, promised now, before the file is written.
    ///
    /// One transaction.
    package func promiseTrackingFile(_ relativePath: String) throws(LedgerError) -> [TrackingRow] {
        try write("assign a tracking file") { db in
            let posted = OrderState.posted.rawValue
            let ready = try db.rows(
                """
                SELECT order_id, COALESCE(carrier_code, ''), COALESCE(tracking_number, ''),
                       COALESCE(tracking_file, ?)
                FROM "order" WHERE state = ? AND label_path IS NOT NULL ORDER BY \(db.dialect.recordingOrder)
                """, [relativePath, posted]
            ).map { row in
                TrackingRow(
                    orderID: try row[0], carrierCode: try row[1], trackingNumber: try row[2],
                    trackingFile: try row[3])
            }
            try db.execute(
                #"UPDATE "order" SET tracking_file = ? WHERE state = ? AND label_path IS NOT NULL AND tracking_file IS NULL"#,
                relativePath, posted)
            return ready
        }
    }

    /// Marks the posted orders promised `relativePath` as `TRACKED` and logs `operations`, in one transaction.
    package func markTracked(
        trackingFile relativePath: String, at date: Date, logging operations: [OperationRecord]
    )
        throws(LedgerError)
    {
        try transaction("mark orders tracked") { transaction in
            try transaction.db.execute(
                #"UPDATE "order" SET state = ?, updated_at = ? WHERE state = ? AND tracking_file = ?"#,
                OrderState.tracked.rawValue, date, OrderState.posted.rawValue, relativePath)
            for operation in operations { try transaction.log(operation) }
        }
    }
}

extension Ledger {
    /// Calls `body` with every order and the name of the file that last changed it, streaming from SQLite.
    package func forEachOrderWithSourceName(_ body: (OrderRecord, String) throws -> Void) throws {
        try forEachRow(
            "read the orders",
            "SELECT \(OrderRecord.selectionFromO), COALESCE(f.name, '') AS source_name FROM \"order\" o "
                + "LEFT JOIN input_file f ON f.id = o.source_file_id ORDER BY o.\(store.dialect.recordingOrder)"
        ) { row in try body(try OrderRecord(row: row), try row["source_name"]) }
    }
}

extension Ledger {
    /// What `requeueFailed` did with one order.
    package enum Requeue: Sendable, Equatable {
        case requeued(from: OrderState, to: OrderState)
        case notFailed(OrderState)
        case unknown
    }

    /// Puts failed orders back in the queue: `FAILED_POST` → `PENDING_POST` (its earlier attempts make the next post
    /// look the order up at the carrier first), `FAILED_TRACKING` → `POSTED`, `FAILED_PUSH` → `TRACKED`.
    ///
    /// `orderIDs` nil means every failed order. Each change is logged as an operation, all in one transaction.
    package func requeueFailed(
        _ orderIDs: [String]?, at now: Date
    ) throws(LedgerError) -> [(orderID: String, result: Requeue)] {
        try transaction("re-queue failed orders") { ledger in
            let failed = OrderState.allCases.filter(\.isFailed).map(\.rawValue)
            let placeholders = Array(repeating: "?", count: failed.count).joined(separator: ", ")
            let ids =
                try orderIDs
                ?? ledger.db.rows(
                    #"SELECT order_id FROM "order" WHERE state IN ("# + placeholders + ") ORDER BY "
                        + ledger.db.dialect.recordingOrder, failed
                ).map { try $0[0] as String }
            return try ids.map { orderID in
                guard let order = try ledger.order(orderID) else { return (orderID, .unknown) }
                let from = order.state
                let to: OrderState
                switch from {
                case .failedPost: to = .pendingPost
                case .failedTracking: to = .posted
                case .failedPush: to = .tracked
                default: return (orderID, .notFailed(from))
                }
                try ledger.transition(
                    orderID, from: from, set: "state = ?1, updated_at = ?2", [to.rawValue, LedgerDate.text(now)],
                    logging: OperationRecord(
                        scope: .orchestrator, action: .retry, status: .ok,
                        message:
                            "re-queued from \(from.rawValue) to \(to.rawValue); last error: \(order.errorMessage ?? "")",
                        orderID: orderID, carrier: order.carrierCode ?? "", at: now))
                return (orderID, .requeued(from: from, to: to))
            }
        }
    }
}
