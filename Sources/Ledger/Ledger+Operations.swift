import Foundation

extension Ledger {
    package func log(_ operations: [OperationRecord]) throws(LedgerError) {
        guard !operations.isEmpty else { return }
        try transaction("log operations") { transaction in
            for operation in operations { try transaction.log(operation) }
        }
    }

    /// Up to `limit` operations not yet appended to `outbox/operations.csv`, oldest first: those after the export mark.
    ///
    /// Operations commit in the order of their ids (SQLite has one writer), so what is exported is always a prefix, and
    /// one number says how far the export got.
    package func unexportedOperations(limit: Int) throws(LedgerError) -> [OperationRecord] {
        try read("read operations to export") { db in
            try db.rows(
                "SELECT \(OperationRecord.selection) FROM operation "
                    + "WHERE id > (SELECT last_id FROM export_mark WHERE name = 'operations') ORDER BY id LIMIT ?",
                [limit]
            ).map(OperationRecord.init(row:))
        }
    }

    /// Moves the export mark past `lastID`, once the operations up to it are in `operations.csv`.
    package func markExported(upTo lastID: Int64) throws(LedgerError) {
        try write("mark operations exported") { db in
            try db.execute("UPDATE export_mark SET last_id = ? WHERE name = 'operations'", lastID)
        }
    }
}

/// Which operations `orchestrator operations` lists; nil matches any.
package struct OperationFilter: Sendable {
    package var scope: OperationRecord.Scope?
    package var status: OperationRecord.Status?
    package var orderID: String?
    package var since: Date?

    package init(
        scope: OperationRecord.Scope? = nil, status: OperationRecord.Status? = nil, orderID: String? = nil,
        since: Date? = nil
    ) {
        self.scope = scope
        self.status = status
        self.orderID = orderID
        self.since = since
    }
}

extension Ledger {
    /// Calls `body` with every operation `filter` matches, oldest first, streaming.
    package func forEachOperation(matching filter: OperationFilter, _ body: (OperationRecord) throws -> Void) throws {
        var conditions = ["TRUE"]
        var arguments: [any LedgerValueConvertible] = []
        if let scope = filter.scope {
            conditions.append("scope = ?")
            arguments.append(scope.rawValue)
        }
        if let status = filter.status {
            conditions.append("status = ?")
            arguments.append(status.rawValue)
        }
        if let orderID = filter.orderID {
            conditions.append("order_id = ?")
            arguments.append(orderID)
        }
        if let since = filter.since {
            conditions.append("timestamp >= ?")
            arguments.append(since)
        }
        try forEachRow(
            "read the operations",
            "SELECT \(OperationRecord.selection) FROM operation WHERE \(conditions.joined(separator: " AND ")) "
                + "ORDER BY id", arguments
        ) { row in try body(try OperationRecord(row: row)) }
    }
}
