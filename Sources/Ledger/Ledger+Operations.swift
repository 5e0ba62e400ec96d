import Foundation
import GRDB

extension Ledger {
    package func log(_ operations: [OperationRecord]) throws(LedgerError) {
        guard !operations.isEmpty else { return }
        try transaction("log operations") { transaction in
            for operation in operations { try transaction.log(operation) }
        }
    }

    /// Up to `limit` operations not yet appended to `outbox/operations.csv`, oldest first: those after the export
    /// mark. Operations commit in the order of their ids (SQLite has one writer), so what is exported is always a
    /// prefix, and one number says how far the export got.
    package func unexportedOperations(limit: Int) throws(LedgerError) -> [OperationRecord] {
        try read("read operations to export") { db in
            try OperationRecord
                .filter(sql: "id > (SELECT last_id FROM export_mark WHERE name = 'operations')")
                .order(Column("id")).limit(limit).fetchAll(db)
        }
    }

    /// Moves the export mark past `lastID`, once the operations up to it are in `operations.csv`.
    package func markExported(upTo lastID: Int64) throws(LedgerError) {
        try write("mark operations exported") { db in
            try db.execute(sql: "UPDATE export_mark SET last_id = ? WHERE name = 'operations'", arguments: [lastID])
        }
    }
}
