/// How an outbox CSV file is written (SPEC §6): the delimiter and whether the file starts with a UTF-8 BOM.
package struct CSVDialect: Sendable, Equatable {
    /// The field separator; `,` by default, `;` for a European Excel.
    package var delimiter: Character
    /// Whether the header is preceded by a UTF-8 byte order mark, which Excel needs to read UTF-8.
    package var includesBOM: Bool

    /// Creates a dialect; the defaults suit files meant for people: `,` and a BOM.
    package init(delimiter: Character = ",", includesBOM: Bool = true) {
        self.delimiter = delimiter
        self.includesBOM = includesBOM
    }
}
