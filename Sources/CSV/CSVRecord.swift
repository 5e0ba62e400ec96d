/// One CSV record: its fields, decoded to text, and the physical line where it starts.
package struct CSVRecord: Sendable {
    /// The fields in file order, quotes removed and doubled quotes undone; spaces are kept as they are.
    package let fields: [String]
    /// The 1-based physical line where the record starts (a quoted field may carry it over several lines).
    package let line: Int

    /// Creates a record.
    package init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}
