import Strings
/// One line of an order as an export gave it: raw text per field, not yet checked.
package struct OrderLine: Sendable, Equatable {
    /// Where the line came from: the physical line in a CSV file, the position in a JSON file.
    package var sourceLine: Int
    /// The values by field, at each field's `ordinal`: validation reads every field of every line, and an array index
    /// costs nothing beside a dictionary's hashing.
    ///
    /// Intake of a 43 MB export: 91,300 and 95,400 rows/s against 78,100 and 83,700 with a dictionary (release build,
    /// two runs each, once the ledger's inserts were bound directly and validation became the busier core's work).
    private var values: [String?]
    /// The fields whose value had control characters, removed when the line was read (`ControlCharacters`).
    package private(set) var cleanedFields: [OrderField] = []

    /// `values` are kept without their surrounding white space.
    package init(sourceLine: Int, values: [OrderField: String]) {
        self.sourceLine = sourceLine
        self.values = Array(repeating: nil, count: OrderField.allCases.count)
        for (field, value) in values { self.values[field.ordinal] = value.trimmed }
    }

    /// The values of an export's columns; `fields` names the field of each column (nil for a column not read).
    ///
    /// Control characters are removed from every value but the order id, which identifies the order as exported
    /// (validation rejects one that holds any).
    init(sourceLine: Int, fields: [OrderField?], columnValues: [String]) {
        self.sourceLine = sourceLine
        values = Array(repeating: nil, count: OrderField.allCases.count)
        for (field, value) in zip(fields, columnValues) where !value.isEmpty {
            guard let field else { continue }
            if field != .orderID, let cleaned = ControlCharacters.cleaned(value) {
                cleanedFields.append(field)
                values[field.ordinal] = cleaned.isEmpty ? nil : cleaned
            } else {
                values[field.ordinal] = value.trimmed
            }
        }
    }

    /// The value of `field`; empty when absent.
    package subscript(field: OrderField) -> String {
        values[field.ordinal] ?? ""
    }

    /// The value of `field`; nil when the export has none.
    package func value(of field: OrderField) -> String? {
        values[field.ordinal]
    }

    package var orderID: String { self[.orderID] }
}
