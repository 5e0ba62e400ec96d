import CLibXLSXWriter
import Foundation

/// Writes one table — a header row, then rows of typed cells — as an `.xlsx` workbook, a row at a time: libxlsxwriter's
/// constant-memory mode keeps one row in memory and the rest in a temporary file beside the workbook, so memory does
/// not grow with the rows.
///
/// The header is frozen and its filters on, each column is as wide as its longest value (up to `maximumWidth`),
/// and highlighted rows are filled so they stand out. A table longer than a sheet goes on in a second sheet
/// (`orders (2)`), with the header again: Excel opens no sheet of more than 1,048,576 rows, and a reviewer keeps
/// every row.
package final class XLSXTableWriter {
    /// Excel's rows per sheet, the header's included.
    package static let excelRowsPerSheet = Int(LXW_ROW_MAX)
    /// Excel's longest link target in a HYPERLINK formula; a longer one is written as text.
    static let maximumLinkLength = 255
    /// Excel's longest text in a cell.
    static let maximumTextLength = 32_767
    static let maximumWidth = 60

    private let path: String
    private let sheetName: String
    private let header: [String]
    private let rowsPerSheet: Int
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private let temporaryFolder: UnsafeMutablePointer<CChar>?
    private let formats: XLSXFormats
    private var sheet: UnsafeMutablePointer<lxw_worksheet>
    private var sheetCount = 0
    /// The next row to write in the current sheet (0 is the header).
    private var row = 0
    /// Each column's widest value in the current sheet, in bytes of UTF-8 (a little more than its characters).
    private var widths: [Int] = []

    /// Starts a workbook at `path` (its temporary files in the same folder) whose first sheet is `sheetName`.
    ///
    /// `rowsPerSheet` is Excel's, but for tests of a table longer than a sheet.
    package init(
        path: String, sheetName: String, header: [String], rowsPerSheet: Int = XLSXTableWriter.excelRowsPerSheet
    ) throws(XLSXError) {
        self.path = path
        self.sheetName = sheetName
        self.header = header
        self.rowsPerSheet = max(2, min(rowsPerSheet, Self.excelRowsPerSheet))
        temporaryFolder = strdup((path as NSString).deletingLastPathComponent)
        errno = 0
        var options = lxw_workbook_options(
            constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: temporaryFolder, use_zip64: UInt8(LXW_TRUE.rawValue))
        guard let workbook = workbook_new_opt(path, &options) else {
            free(temporaryFolder)
            throw XLSXError(
                operation: "create", path: path, reason: "libxlsxwriter could not start the workbook", errno: errno)
        }
        self.workbook = workbook
        formats = XLSXFormats(workbook: workbook)
        do {
            sheet = try Self.addSheet(to: workbook, named: sheetName, path: path)
        } catch {
            // Thrown before every property is set, the writer never reaches `deinit`.
            lxw_workbook_free(workbook)
            free(temporaryFolder)
            throw error
        }
        try startSheet()
    }

    deinit {
        // A writer given up on (its rows failed to come) still frees what libxlsxwriter holds.
        if let workbook { lxw_workbook_free(workbook) }
        free(temporaryFolder)
    }

    /// Adds a row after the last; `isHighlighted` fills it.
    package func append(_ cells: [XLSXCell], isHighlighted: Bool = false) throws(XLSXError) {
        if row == rowsPerSheet {
            try finishSheet()
            sheetCount += 1
            sheet = try Self.addSheet(to: try openWorkbook(), named: "\(sheetName) (\(sheetCount + 1))", path: path)
            try startSheet()
        }
        errno = 0
        for (column, cell) in cells.enumerated() {
            try check(write(cell, column: column, isHighlighted: isHighlighted), "write a row of")
        }
        row += 1
    }

    /// Finishes the workbook: it is whole at `path` once this returns.
    package func close() throws(XLSXError) {
        try finishSheet()
        let workbook = try openWorkbook()
        self.workbook = nil
        errno = 0
        try check(workbook_close(workbook), "close")
    }

    private static func addSheet(
        to workbook: UnsafeMutablePointer<lxw_workbook>, named name: String, path: String
    ) throws(XLSXError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw XLSXError(
                operation: "add a sheet to", path: path, reason: "libxlsxwriter refused the sheet '\(name)'")
        }
        return sheet
    }

    private func startSheet() throws(XLSXError) {
        row = 0
        widths = header.map(\.utf8.count)
        worksheet_freeze_panes(sheet, 1, 0)
        for (column, name) in header.enumerated() {
            try check(worksheet_write_string(sheet, 0, lxw_col_t(column), name, formats.header), "write the header of")
        }
        row = 1
    }

    private func finishSheet() throws(XLSXError) {
        // libxlsxwriter writes the rows to its temporary file without looking whether they got there: on a full disk
        // the sheet would come out short without a word. All but the row in hand are flushed and checked here.
        if let rows = sheet.pointee.optimize_tmpfile {
            errno = 0
            guard fflush(rows) == 0, ferror(rows) == 0 else {
                throw XLSXError(
                    operation: "write the rows of", path: path, reason: "a temporary file could not be written",
                    errno: errno)
            }
        }
        guard !header.isEmpty else { return }
        let lastColumn = lxw_col_t(header.count - 1)
        try check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(max(row - 1, 1)), lastColumn), "filter")
        for (column, width) in widths.enumerated() {
            let fitting = Double(min(width, Self.maximumWidth) + 2)
            try check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), fitting, nil), "size")
        }
    }

    private func write(_ cell: XLSXCell, column: Int, isHighlighted: Bool) -> lxw_error {
        let at = (row: lxw_row_t(row), column: lxw_col_t(column))
        switch cell {
        case .text(let text):
            guard !text.isEmpty else { return writeEmpty(at, isHighlighted: isHighlighted) }
            // Bytes first: counting characters walks the text, and no shorter text can be too long. With this and
            // `width(of:decimals:)` in place of counting and formatting each cell, rewriting a 100,000-order view
            // takes 4.0 s instead of 5.2-5.4 s (review-benchmark, release, medians of three).
            let isTooLong = text.utf8.count > Self.maximumTextLength && text.count > Self.maximumTextLength
            let kept = isTooLong ? String(text.prefix(Self.maximumTextLength)) : text
            widen(column, to: kept.utf8.count)
            return worksheet_write_string(sheet, at.row, at.column, kept, formats.text(isHighlighted))
        case .number(let value, let decimals):
            widen(column, to: Self.width(of: value, decimals: decimals))
            return worksheet_write_number(
                sheet, at.row, at.column, value, formats.number(decimals: decimals, isHighlighted))
        case .dateTime(let date):
            widen(column, to: XLSXFormats.dateTimePattern.utf8.count)
            return worksheet_write_unixtime(
                sheet, at.row, at.column, Int64(date.timeIntervalSince1970.rounded(.down)),
                formats.dateTime(isHighlighted))
        case .link(let target, let text):
            guard !target.isEmpty, target.utf8.count <= Self.maximumLinkLength else {
                return write(.text(text), column: column, isHighlighted: isHighlighted)
            }
            widen(column, to: text.utf8.count)
            // A HYPERLINK formula, not a worksheet link: Excel takes at most 65,530 of those a sheet, and
            // libxlsxwriter holds them all in memory until the end.
            let formula = "=HYPERLINK(\(Self.quoted(target)),\(Self.quoted(text)))"
            return worksheet_write_formula_str(sheet, at.row, at.column, formula, formats.link(isHighlighted), text)
        case .empty:
            return writeEmpty(at, isHighlighted: isHighlighted)
        }
    }

    /// A highlighted row's empty cells are filled too, so the row reads as one band.
    private func writeEmpty(_ at: (row: lxw_row_t, column: lxw_col_t), isHighlighted: Bool) -> lxw_error {
        isHighlighted ? worksheet_write_blank(sheet, at.row, at.column, formats.text(true)) : LXW_NO_ERROR
    }

    private func widen(_ column: Int, to width: Int) {
        if column < widths.count, width > widths[column] { widths[column] = width }
    }

    /// The characters `value` shows with `decimals` places, counted without formatting it (`String(format:)` on every
    /// number cell cost a share of the 1.2-1.4 s said above).
    private static func width(of value: Double, decimals: Int) -> Int {
        let wholeDigits = abs(value) < 10 || !value.isFinite ? 1 : Int(log10(abs(value))) + 1
        return wholeDigits + (decimals > 0 ? decimals + 1 : 0) + (value < 0 ? 1 : 0)
    }

    /// A string literal of a formula: in double quotes, each one inside doubled.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func openWorkbook() throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let workbook else { throw XLSXError(operation: "write", path: path, reason: "the workbook is closed") }
        return workbook
    }

    /// Throws what libxlsxwriter said, with the system's error of the failed call behind it when there was one:
    /// `errno` is cleared before each call that writes to disk.
    private func check(_ code: lxw_error, _ operation: String) throws(XLSXError) {
        let systemError = errno
        guard code == LXW_NO_ERROR else { throw XLSXError(operation, path: path, code: code, errno: systemError) }
    }
}
