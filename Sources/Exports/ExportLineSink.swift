import Domain

/// Where an export hands its lines, in file order: the values of `ExportReading.fields`, column by column.
package typealias ExportLineSink = (_ line: Int, _ orderID: String, _ values: [String]) throws -> Void

/// An export opened for reading: which fields its columns hold, and a way to stream its lines.
package protocol ExportReading {
    /// `csv` or `json`.
    var format: String { get }
    /// The field of each value in the lines handed to the sink; nil for columns not read.
    var fields: [OrderField?] { get }
    /// Streams every line to `sink`; returns the number of lines.
    func forEachLine(_ sink: ExportLineSink) throws -> Int
}
