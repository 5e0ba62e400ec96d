import Domain

/// One order of a file being recorded: its staged lines.
package struct StagedOrder: Sendable {
    package var orderID: String
    /// The lines as stored, in source order: decoded by `lines()`, on whichever thread needs them.
    var encodedLines: [(line: Int, fields: String)]
    let codec: StagedLineCodec

    /// The order's lines, in source order.
    package func lines() -> [OrderLine] {
        encodedLines.map { codec.decode(line: $0.line, fields: $0.fields) }
    }
}
