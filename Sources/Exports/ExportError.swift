/// Why a file cannot be read as an order export at all. The file goes to `archive/failed/` with this message.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unreadable, empty, binary, unknownFormat, missingColumns, malformed
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
