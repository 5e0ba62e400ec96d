import Foundation
import GRDB

extension Ledger {
    public func log(_ operations: [OperationRecord]) throws(LedgerError) {
        guard !operations.isEmpty else { return }
        try transaction("log operations") { transaction in
            for operation in operations { try transaction.log(operation) }
        }
    }

    /// Up to `limit` operations not yet appended to `outbox/operations.csv`, oldest first.
    public func unexportedOperations(limit: Int) throws(LedgerError) -> [OperationRecord] {
        try read("read operations to export") { db in
            try OperationRecord.filter(Column("exported") == false).order(Column("id")).limit(limit).fetchAll(db)
        }
    }

    public func markExported(upTo lastID: Int64) throws(LedgerError) {
        try write("mark operations exported") { db in
            try db.execute(sql: "UPDATE operation SET exported = 1 WHERE exported = 0 AND id <= ?", arguments: [lastID])
        }
    }
}
