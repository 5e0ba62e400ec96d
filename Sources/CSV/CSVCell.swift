/// One cell of an outbox CSV row.
///
/// Text is neutralised against spreadsheet formulas when written; a number is written as it is, so a
/// negative amount stays a number in Excel.
package enum CSVCell: Sendable, Equatable {
    /// Free text, written with a leading `'` when it begins with `=`, `+`, `-`, `@`, TAB or CR.
    case text(String)
    /// A number already formatted by the caller with a decimal point (for example `-2` or `12.50`), written with the
    /// dialect's decimal mark and otherwise unchanged.
    case number(String)
}

extension CSVCell: ExpressibleByStringLiteral {
    /// A string literal is a `.text` cell.
    package init(stringLiteral value: String) {
        self = .text(value)
    }
}
