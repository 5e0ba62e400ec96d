/// How an outbox CSV file is written (docs/reference/outbox-files.md): the delimiter, the decimal mark of number
/// cells and whether the file starts with a UTF-8 BOM.
package struct CSVDialect: Sendable, Equatable {
    /// The field separator: `,`, or `;` where a spreadsheet's decimal mark is the comma.
    package var delimiter: Character
    /// What number cells, given with a point, are written with: `.` or `,`.
    ///
    /// Never a thousands mark.
    package var decimalMark: Character
    /// Whether the header is preceded by a UTF-8 byte order mark, which Excel needs to read UTF-8.
    package var includesBOM: Bool

    /// Creates a dialect; the defaults are RFC 4180's `,` and decimal points, with a BOM.
    package init(delimiter: Character = ",", decimalMark: Character = ".", includesBOM: Bool = true) {
        self.delimiter = delimiter
        self.decimalMark = decimalMark
        self.includesBOM = includesBOM
    }
}
