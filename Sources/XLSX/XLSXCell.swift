import Foundation

/// One cell of a spreadsheet row, typed: a spreadsheet shows it as what it is, whatever its locale.
package enum XLSXCell: Sendable, Equatable {
    /// Text, shown exactly as it is: digits keep their leading zeros and all their length, `=` starts no formula.
    case text(String)
    /// A number (finite: a spreadsheet holds no infinity), shown with `decimals` places.
    case number(Double, decimals: Int)
    /// A moment, shown as its date and time in UTC.
    case dateTime(Date)
    /// A link that opens `target` (a URL, or a path relative to the workbook's folder) and shows `text`.
    case link(target: String, text: String)
    /// No value.
    case empty
}
