import Foundation

/// Writes outbox CSV (docs/reference/outbox-files.md): RFC 4180 quoting, CRLF line ends, UTF-8, an optional BOM,
/// numbers with the dialect's decimal mark, and text cells made safe to open in a spreadsheet.
package struct CSVWriter: Sendable {
    /// The delimiter and BOM choice.
    package let dialect: CSVDialect

    /// Characters that make a spreadsheet read a cell as a formula (or, for TAB and CR, hide one behind them).
    private static let formulaLeaders: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
        UInt8(ascii: "\t"), UInt8(ascii: "\r"),
    ]
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let lineEnd: [UInt8] = [0x0D, 0x0A]
    private static let quote = UInt8(ascii: "\"")

    private let delimiterBytes: [UInt8]
    /// The decimal mark's byte when it is not the point numbers are given with.
    private let decimalMarkByte: UInt8?

    /// A writer for `dialect`.
    package init(dialect: CSVDialect) {
        self.dialect = dialect
        delimiterBytes = Array(String(dialect.delimiter).utf8)
        decimalMarkByte = dialect.decimalMark == "." ? nil : dialect.decimalMark.asciiValue
    }

    /// The header line, preceded by the BOM when the dialect has one.
    package func header(_ names: [String]) -> Data {
        var bytes: [UInt8] = dialect.includesBOM ? Self.byteOrderMark : []
        appendLine(names.map(CSVCell.text), to: &bytes)
        return Data(bytes)
    }

    /// One record line (CRLF-terminated).
    package func row(_ cells: [CSVCell]) -> Data {
        var bytes: [UInt8] = []
        appendLine(cells, to: &bytes)
        return Data(bytes)
    }

    /// A whole document: header then rows.
    package func document(header names: [String], rows: [[CSVCell]]) -> Data {
        var bytes: [UInt8] = dialect.includesBOM ? Self.byteOrderMark : []
        appendLine(names.map(CSVCell.text), to: &bytes)
        for cells in rows {
            appendLine(cells, to: &bytes)
        }
        return Data(bytes)
    }

    private func appendLine(_ cells: [CSVCell], to bytes: inout [UInt8]) {
        if cells.count == 1, cells.first == .text("") || cells.first == .number("") {
            // A lone empty cell would make a blank line, which readers skip: quote it so the row survives.
            bytes.append(contentsOf: [Self.quote, Self.quote])
        } else {
            for (index, cell) in cells.enumerated() {
                if index > 0 {
                    bytes.append(contentsOf: delimiterBytes)
                }
                appendCell(cell, to: &bytes)
            }
        }
        bytes.append(contentsOf: Self.lineEnd)
    }

    private func appendCell(_ cell: CSVCell, to bytes: inout [UInt8]) {
        var value: [UInt8]
        switch cell {
        case .text(let text):
            value = Array(text.utf8)
            if let first = value.first, Self.formulaLeaders.contains(first) {
                value.insert(UInt8(ascii: "'"), at: 0)
            }
        case .number(let number):
            value = Array(number.utf8)
            if let decimalMarkByte, let point = value.firstIndex(of: UInt8(ascii: ".")) {
                value[point] = decimalMarkByte
            }
        }
        guard needsQuotes(value) else {
            bytes.append(contentsOf: value)
            return
        }
        bytes.append(Self.quote)
        for byte in value {
            if byte == Self.quote {
                bytes.append(Self.quote)
            }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    /// RFC 4180: a field holding the delimiter, a quote, CR or LF must be quoted.
    private func needsQuotes(_ value: [UInt8]) -> Bool {
        if value.contains(where: { $0 == Self.quote || $0 == 0x0D || $0 == 0x0A }) {
            return true
        }
        if delimiterBytes.count == 1, let delimiter = delimiterBytes.first {
            return value.contains(delimiter)
        }
        guard !delimiterBytes.isEmpty, value.count >= delimiterBytes.count else { return false }
        return (0...(value.count - delimiterBytes.count)).contains { start in
            value[start..<(start + delimiterBytes.count)].elementsEqual(delimiterBytes)
        }
    }
}
