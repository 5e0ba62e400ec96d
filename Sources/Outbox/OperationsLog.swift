import CSV
import Foundation
import Ledger
import Workspace

/// `outbox/operations.csv`: every operation, appended, never rewritten (SPEC §6).
package enum OperationsLog {
    package static let columns = [
        "timestamp_iso", "scope", "action", "order_id", "carrier", "marketplace", "status", "message", "duration_ms",
        "meta_json",
    ]

    package static func append(
        _ operations: [OperationRecord], to path: String, writer: CSVWriter
    ) throws(FileSystemError) {
        var rows = Data()
        for operation in operations { rows.append(row(operation, writer: writer)) }
        try AppendOnlyFile.append(rows, to: path, header: writer.header(columns))
    }

    /// One operation's row, in `columns`' order.
    package static func row(_ operation: OperationRecord, writer: CSVWriter) -> Data {
        writer.row([
            .text(operation.timestamp.isoUTC), .text(operation.scope.rawValue), .text(operation.action),
            .text(operation.orderId), .text(operation.carrier), .text(operation.marketplace),
            .text(operation.status.rawValue), .text(operation.message),
            .number(operation.durationMs.map(String.init) ?? ""), .text(operation.metaJson),
        ])
    }
}
