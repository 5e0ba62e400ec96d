import Domain
import Foundation

/// What `orchestrator prune` may remove: files of the past whose orders are all in a final state
/// (`OrderState.isFinal`). The ledger keeps every row — a re-dropped file is still a duplicate, an order still known —
/// and forgets only the paths of the files removed.
extension Ledger {
    /// An archived or quarantined input file, with the review files of its run.
    package struct PrunableInput: Sendable {
        package var id: Int64
        package var name: String
        package var archivePath: String
        package var isQuarantined: Bool
        package var resultsPath: String?
        package var rejectsPath: String?
    }

    /// A label whose order is final.
    package struct PrunableLabel: Sendable {
        package var orderID: String
        package var path: String
    }

    private static var doneFileStatuses: String {
        [InputFile.Status.archived, .reported, .quarantined].map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    private static var finalStates: String {
        OrderState.allCases.filter(\.isFinal).map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    /// Input files taken before `cutoff` every order of which is final (a quarantined file has none).
    package func prunableInputs(takenBefore cutoff: Date) throws(LedgerError) -> [PrunableInput] {
        try read("list the input files prune may remove") { db in
            try db.rows(
                """
                SELECT id, name, archive_path, status, results_path, rejects_path FROM input_file f
                WHERE status IN (\(Self.doneFileStatuses)) AND archive_path IS NOT NULL
                  AND received_at < ?
                  AND NOT EXISTS (SELECT 1 FROM file_order fo JOIN "order" o ON o.order_id = fo.order_id
                                  WHERE fo.file_id = f.id AND o.state NOT IN (\(Self.finalStates)))
                ORDER BY id
                """, [cutoff]
            ).map { row in
                PrunableInput(
                    id: try row["id"], name: try row["name"], archivePath: try row["archive_path"],
                    isQuarantined: try row["status"] == InputFile.Status.quarantined.rawValue,
                    resultsPath: try row["results_path"], rejectsPath: try row["rejects_path"])
            }
        }
    }

    /// Labels of final orders unchanged since before `cutoff`.
    package func prunableLabels(unchangedSince cutoff: Date) throws(LedgerError) -> [PrunableLabel] {
        try read("list the labels prune may remove") { db in
            try db.rows(
                """
                SELECT order_id, label_path FROM "order"
                WHERE label_path IS NOT NULL AND state IN (\(Self.finalStates)) AND updated_at < ?
                ORDER BY \(db.dialect.recordingOrder)
                """, [cutoff]
            ).map { PrunableLabel(orderID: try $0["order_id"], path: try $0["label_path"]) }
        }
    }

    /// Tracking files every order of which is final and unchanged since before `cutoff`.
    package func prunableTrackingFiles(unchangedSince cutoff: Date) throws(LedgerError) -> [String] {
        try read("list the tracking files prune may remove") { db in
            try db.rows(
                """
                SELECT tracking_file FROM "order" WHERE tracking_file IS NOT NULL GROUP BY tracking_file
                HAVING SUM(CASE WHEN state IN (\(Self.finalStates)) THEN 0 ELSE 1 END) = 0 AND MAX(updated_at) < ?
                ORDER BY tracking_file
                """, [cutoff]
            ).map { try $0[0] as String }
        }
    }

    /// Forgets the paths of the files `prune` removed, in one transaction with the operation that says so.
    package func recordPruned(
        inputs: [PrunableInput], labels: [PrunableLabel], trackingFiles: [String], operation: OperationRecord
    ) throws(LedgerError) {
        try transaction("record what prune removed") { transaction in
            let db = transaction.db
            for input in inputs {
                try db.execute(
                    "UPDATE input_file SET archive_path = NULL, results_path = NULL, rejects_path = NULL WHERE id = ?",
                    input.id)
            }
            for label in labels {
                try db.execute(
                    #"UPDATE "order" SET label_path = NULL WHERE order_id = ? AND label_path = ?"#, label.orderID,
                    label.path)
            }
            for file in trackingFiles {
                try db.execute(#"UPDATE "order" SET tracking_file = NULL WHERE tracking_file = ?"#, file)
            }
            try transaction.log(operation)
        }
    }
}
