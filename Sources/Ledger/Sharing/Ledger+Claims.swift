import Domain
import Foundation

/// Claims: what one worker takes out of the shared queues, so that no two work on the same file or order. On
/// PostgreSQL a claim skips rows another worker is claiming in the same instant (`FOR UPDATE SKIP LOCKED`).
extension Ledger {
    /// Claims for `worker` up to `limit` orders in `states` that no live worker holds, oldest first: the next batch of
    /// its posting queue.
    ///
    /// Orders it already holds are not handed out again.
    package func claimOrders(
        in states: [OrderState], for worker: Worker, limit: Int
    ) throws(LedgerError) -> [OrderRecord] {
        try write("claim orders") { db in
            let free = worker.noOtherLiveWorkerHolds("claimed_by", dialect: db.dialect)
            let placeholders = Array(repeating: "?", count: states.count).joined(separator: ", ")
            let recordingOrder = db.dialect.recordingOrder
            let sql = """
                UPDATE "order" SET claimed_by = ? WHERE order_id IN (
                    SELECT order_id FROM "order"
                    WHERE state IN (\(placeholders)) AND (claimed_by IS NULL OR claimed_by <> ?) AND \(free.sql)
                    ORDER BY \(recordingOrder) LIMIT ?\(db.dialect.skipLocked))
                RETURNING \(OrderRecord.selection), \(recordingOrder)
                """
            let values: [any LedgerValueConvertible] =
                [worker.id] + states.map(\.rawValue) + [worker.id] + free.values + [limit]
            let claimed = try db.rows(sql, values).map { row in
                (position: try row[OrderRecord.databaseColumns.count] as Int64, order: try OrderRecord(row: row))
            }
            return claimed.sorted { $0.position < $1.position }.map(\.order)
        }
    }

    /// Gives back every order `worker` holds: those it did not finish wait in the queue for anyone.
    package func releaseOrders(of worker: Worker) throws(LedgerError) {
        try write("release claimed orders") { db in
            try db.execute(#"UPDATE "order" SET claimed_by = NULL WHERE claimed_by = ?"#, worker.id)
        }
    }

    /// Claims for `worker` the files whose processing was interrupted after their orders were recorded (their move
    /// to the archive, or to `archive/failed/`, may not have happened) and that no live worker holds.
    package func claimFilesAwaitingArchive(for worker: Worker) throws(LedgerError) -> [InputFile] {
        try write("claim files awaiting the archive") { db in
            let free = worker.noOtherLiveWorkerHolds("claimed_by", dialect: db.dialect)
            let statuses: [any LedgerValueConvertible] = [InputFile.Status.validated, .failed].map(\.rawValue)
            let files = try db.rows(
                "SELECT \(InputFile.selection) FROM input_file WHERE status IN (?, ?) AND \(free.sql) ORDER BY id",
                statuses + free.values
            ).map(InputFile.init(row:))
            for file in files {
                try db.execute("UPDATE input_file SET claimed_by = ? WHERE id = ?", worker.id, file.id)
            }
            return files
        }
    }
}

extension LedgerDialect {
    /// What a claim's query ends with so that rows another transaction is claiming are passed over, not waited for.
    var skipLocked: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE SKIP LOCKED"
        }
    }
}
