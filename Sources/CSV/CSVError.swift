/// Why a CSV file could not be read: a code to branch on, a message for a person, and the line when one is known.
///
/// Messages name the file or the line and the kind of problem, never the content of a field, so they can be logged
/// without leaking personal data from an export.
package struct CSVError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    package enum Code: String, Sendable {
        /// The file could not be opened or read (missing, a directory, no permission, an I/O error).
        case unreadable
        /// The bytes are not CSV that strict parsing accepts: a stray quote or a quoted field that never closes.
        case malformed
        /// A field or a record is larger than the reader accepts.
        case tooLarge
    }

    /// The kind of failure.
    package let code: Code
    /// A sentence for a person, naming the file or the line and the problem.
    package let message: String
    /// The 1-based physical line the problem was found on (or, for an unclosed quote, where its record starts).
    package let line: Int?

    /// Creates an error; `message` should already name the line when there is one.
    package init(_ code: Code, _ message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    /// `CSV <code>: <message>`, for logs and command-line output.
    package var description: String { "CSV \(code.rawValue): \(message)" }
}
