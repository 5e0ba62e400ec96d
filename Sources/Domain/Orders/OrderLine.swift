/// One line of an order as an export gave it: raw text per field, not yet checked.
public struct OrderLine: Sendable, Equatable {
    /// Where the line came from: the physical line in a CSV file, the position in a JSON file.
    public var sourceLine: Int
    public var values: [OrderField: String]

    /// `values` are kept without their surrounding white space.
    public init(sourceLine: Int, values: [OrderField: String]) {
        self.sourceLine = sourceLine
        self.values = values.mapValues(\.trimmed)
    }

    /// The value of `field`; empty when absent.
    public subscript(field: OrderField) -> String {
        values[field] ?? ""
    }

    public var orderID: String { self[.orderID] }
}
