/// One line of an order as an export gave it: raw text per field, not yet checked.
package struct OrderLine: Sendable, Equatable {
    /// Where the line came from: the physical line in a CSV file, the position in a JSON file.
    package var sourceLine: Int
    package var values: [OrderField: String]

    /// `values` are kept without their surrounding white space.
    package init(sourceLine: Int, values: [OrderField: String]) {
        self.sourceLine = sourceLine
        self.values = values.mapValues(\.trimmed)
    }

    /// The value of `field`; empty when absent.
    package subscript(field: OrderField) -> String {
        values[field] ?? ""
    }

    package var orderID: String { self[.orderID] }
}
