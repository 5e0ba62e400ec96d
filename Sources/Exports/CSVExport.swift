import CSV
import Domain
import Foundation
import Strings

/// A Mirakl CSV export, streamed through libcsv: one line at a time, whatever the file's size.
struct CSVExport: ExportReading {
    let format = "csv"
    let fields: [OrderField?]
    private let reader: CSVReader
    private let orderIDColumn: Int

    init(path: String, extraAliases: [String: [String]]) throws(ExportError) {
        do {
            reader = try CSVReader(path: path)
        } catch {
            throw ExportError(.unreadable, error.description)
        }
        let header = try Self.header(of: reader)
        let map = HeaderMap(header: header, extraAliases: extraAliases)
        let missing = map.missingRequired
        guard missing.isEmpty else {
            let found = header.map { "'\($0)'" }.joined(separator: ", ")
            throw ExportError(
                .missingColumns,
                "required columns missing: \(missing.joined(separator: "; ")). "
                    + "Header read with delimiter '\(Self.delimiterName(reader.delimiter))': \(found)")
        }
        fields = map.fields
        orderIDColumn = map.fields.firstIndex(of: .orderID) ?? 0
    }

    func forEachLine(_ sink: ExportLineSink) throws -> Int {
        var count = 0
        var isHeader = true
        do {
            try reader.forEachRecord { record in
                if isHeader {
                    isHeader = false
                    return
                }
                if record.fields.allSatisfy(\.isEmpty) { return }
                let orderID = orderIDColumn < record.fields.count ? record.fields[orderIDColumn] : ""
                try sink(record.line, orderID.trimmed, record.fields)
                count += 1
            }
        } catch let error as CSVError {
            throw ExportError(.malformed, error.description)
        }
        return count
    }

    private struct HeaderFound: Error { let fields: [String] }

    /// The first record, read by stopping the stream right after it.
    private static func header(of reader: CSVReader) throws(ExportError) -> [String] {
        do {
            try reader.forEachRecord { record in throw HeaderFound(fields: record.fields) }
        } catch let found as HeaderFound {
            return found.fields
        } catch let error as CSVError {
            throw ExportError(.malformed, error.description)
        } catch {
            throw ExportError(.malformed, "\(error)")
        }
        throw ExportError(.empty, "the file has no header row")
    }

    private static func delimiterName(_ delimiter: UInt8) -> String {
        delimiter == 0x09 ? "TAB" : String(UnicodeScalar(delimiter))
    }
}
