import Foundation

/// A file operation that failed, with the path and the operating system's reason.
package struct FileSystemError: Error, Sendable, CustomStringConvertible {
    package var operation: String
    package var path: String
    package var errno: Int32

    package init(_ operation: String, path: String, errno: Int32) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    package var description: String {
        "cannot \(operation) \(path): \(String(cString: strerror(errno)))"
    }
}
