import CLibXLSXWriter
import Foundation

/// What libxlsxwriter refused, with the file it was writing.
package struct XLSXError: Error, CustomStringConvertible, Sendable {
    /// What was being done (`create`, `write a row of`, `close`).
    package var operation: String
    package var path: String
    /// libxlsxwriter's own words for the error.
    package var reason: String
    /// The system's error behind it, when a system call failed (`ENOSPC`: the disk is full).
    package var errno: Int32?

    init(_ operation: String, path: String, code: lxw_error, errno: Int32) {
        let reason = lxw_strerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)"
        self.init(operation: operation, path: path, reason: reason, errno: errno)
    }

    init(operation: String, path: String, reason: String, errno: Int32? = nil) {
        self.operation = operation
        self.path = path
        self.reason = reason
        self.errno = errno == 0 ? nil : errno
        if let errno = self.errno { self.reason += " (\(String(cString: strerror(errno))))" }
    }

    package var description: String { "cannot \(operation) \(path): \(reason)" }
}
