/// One line of an order as an export gave it: raw text per field, not yet checked.
public struct OrderLine: Sendable, Equatable {
    /// Where the line came from: the physical line in a CSV file, the position in a JSON file.
    public var sourceLine: Int
    public var values: [OrderField: String]

    /// `values` are kept without their surrounding white space.
    public init(sourceLine: Int, values: [OrderField: String]) {
        self.sourceLine = sourceLine
        self.values = values.mapValues(Self.trimmed)
    }

    /// The value of `field`; empty when absent.
    public subscript(field: OrderField) -> String {
        values[field] ?? ""
    }

    private static func trimmed(_ value: String) -> String {
        // Most values start and end with a visible ASCII character: decided on the bytes, without Unicode tables.
        if let first = value.utf8.first, let last = value.utf8.last, isVisibleASCII(first), isVisibleASCII(last) {
            return value
        }
        guard let first = value.first, let last = value.last, first.isWhitespace || last.isWhitespace else { return value }
        return value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    public var orderID: String { self[.orderID] }
}
