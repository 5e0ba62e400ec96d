import CSV
import Foundation
import Ledger
import Workspace

/// `outbox/operations.csv`: every operation, appended, never rewritten (docs/reference/outbox-files.md).
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

    /// Once a month has ended, moves `operations.csv` (whose first row is of that month) to `operations-YYYY-MM.csv` in
    /// `folder`, so that the next rows start a new file with its header: a file people open stays of a month's size.
    ///
    /// The same when the file was written in another dialect than `writer`'s (the reviewers' spreadsheet changed): rows
    /// of two dialects in one file would split in neither. Never over another file; a file with no row yet, in the
    /// dialect of today, stays.
    package static func rollOver(_ path: String, into folder: String, now: Date, writer: CSVWriter) throws {
        guard let head = head(path) else { return }
        let month = firstRowMonth(head)
        let isOfAnotherDialect = !head.starts(with: writer.header(columns))
        guard isOfAnotherDialect || (month != nil && month != Self.month(of: now)) else { return }
        let destination = try FileMove.freeName(in: folder, for: "operations-\(month ?? Self.month(of: now)).csv")
        try FileMove.finish(path, to: destination) { _ in true }
    }

    /// The first bytes of the file, enough for its header and first row; nil when it is missing.
    private static func head(_ path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: 4096) ?? Data()
    }

    /// `YYYY-MM` of the first row's timestamp; nil when the file has no row.
    private static func firstRowMonth(_ head: Data) -> String? {
        // On the bytes: a CRLF is one Character in a String, and would not split at "\n".
        let lines = head.split(separator: UInt8(ascii: "\n"), maxSplits: 2)
        guard lines.count >= 2 else { return nil }
        let stamp = String(decoding: lines[1].drop { $0 == UInt8(ascii: "\"") }.prefix(7), as: UTF8.self)
        return stamp.count == 7 ? stamp : nil
    }

    private static func month(of date: Date) -> String {
        String(date.isoUTC.prefix(7))
    }

    /// One operation's row, in `columns`' order.
    package static func row(_ operation: OperationRecord, writer: CSVWriter) -> Data {
        writer.row([
            .text(operation.timestamp.isoUTC), .text(operation.scope.rawValue), .text(operation.action),
            .text(operation.orderID), .text(operation.carrier), .text(operation.marketplace),
            .text(operation.status.rawValue), .text(operation.message),
            .number(operation.durationMs.map(String.init) ?? ""), .text(operation.metaJSON),
        ])
    }
}
