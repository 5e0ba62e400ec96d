/// One order's lines as an export holds them, in source order: what intake reads, stages and records together.
package struct ExportedOrder: Sendable {
    /// One line: where it stood and the values of the export's columns, in column order.
    package struct Line: Sendable {
        package var number: Int
        package var values: [String]

        package init(number: Int, values: [String]) {
            self.number = number
            self.values = values
        }
    }

    package var orderID: String
    package var lines: [Line]

    package init(orderID: String, lines: [Line]) {
        self.orderID = orderID
        self.lines = lines
    }

    /// The lines as fields and values; `fields` names the field of each column (nil for a column not read).
    package func orderLines(fields: [OrderField?]) -> [OrderLine] {
        lines.map { OrderLine(sourceLine: $0.number, fields: fields, columnValues: $0.values) }
    }
}
