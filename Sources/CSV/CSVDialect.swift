/// How an outbox CSV file is written (SPEC §6): the delimiter and whether the file starts with a UTF-8 BOM.
public struct CSVDialect: Sendable, Equatable {
    /// The field separator; `,` by default, `;` for a European Excel.
    public var delimiter: Character
    /// Whether the header is preceded by a UTF-8 byte order mark, which Excel needs to read UTF-8.
    public var includesBOM: Bool

    /// Creates a dialect; the defaults suit files meant for people: `,` and a BOM.
    public init(delimiter: Character = ",", includesBOM: Bool = true) {
        self.delimiter = delimiter
        self.includesBOM = includesBOM
    }
}
