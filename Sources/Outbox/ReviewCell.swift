import CSV
import Foundation
import XLSX

/// One cell of a review file, typed, so that the CSV and its `.xlsx` twin each show it as what it is.
package enum ReviewCell: Sendable, Equatable {
    /// Text, ids, postcodes and tracking numbers included: the twin keeps their zeros and every digit.
    case text(String)
    /// A number given with a decimal point (`2.500`, `64.75`, `3`), shown with `decimals` places; empty for none.
    case number(String, decimals: Int)
    /// A moment: ISO 8601 in UTC in the CSV, a date and time (UTC) in the twin; nil for none.
    case date(Date?)
    /// `text`, which the twin makes a link to `target` (a URL, or a path relative to the review file's folder); an
    /// empty target is plain text.
    case link(target: String, text: String)

    /// The cell as the CSV holds it.
    package var csv: CSVCell {
        switch self {
        case .text(let text): .text(text)
        case .number(let number, _): .number(number)
        case .date(let date): .text(date?.isoUTC ?? "")
        case .link(_, let text): .text(text)
        }
    }

    /// The cell as the twin holds it.
    var xlsx: XLSXCell {
        switch self {
        case .text(let text): .text(text)
        case .number(let number, let decimals):
            Double(number).flatMap { $0.isFinite ? .number($0, decimals: decimals) : nil } ?? .text(number)
        case .date(let date): date.map(XLSXCell.dateTime) ?? .empty
        case .link(let target, let text): .link(target: target, text: text)
        }
    }
}

/// One row of a review file.
package struct ReviewRow: Sendable, Equatable {
    package var cells: [ReviewCell]
    /// A row a person must act on (a rejected or failed order): the twin marks it.
    package var needsAPerson: Bool

    package init(_ cells: [ReviewCell], needsAPerson: Bool = false) {
        self.cells = cells
        self.needsAPerson = needsAPerson
    }

    /// The row as the CSV holds it.
    package var csvCells: [CSVCell] { cells.map(\.csv) }
}
