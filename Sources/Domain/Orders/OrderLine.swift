/// One line of an order as an export gave it: raw text per field, not yet checked.
public struct OrderLine: Sendable, Equatable {
    /// Where the line came from: the physical line in a CSV file, the position in a JSON file.
    public var sourceLine: Int
    public var values: [OrderField: String]

    public init(sourceLine: Int, values: [OrderField: String]) {
        self.sourceLine = sourceLine
        self.values = values
    }

    /// The value of `field`, with surrounding white space removed; empty when absent.
    public subscript(field: OrderField) -> String {
        (values[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public var orderID: String { self[.orderID] }
}
