/// Why a file cannot be read as an order export at all.
///
/// The file goes to `archive/failed/` with this message.
package struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Code: String, Sendable {
        case unreadable, empty, binary, unknownFormat, missingColumns, malformed
    }

    package var code: Code
    package var message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
