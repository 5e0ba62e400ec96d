import Foundation

/// Whole-buffer writes on a file descriptor, retried on short writes and interrupts.
enum FileDescriptorIO {
    /// Writes all of `data`; `path` and `operation` name the failure.
    static func writeAll(
        _ descriptor: Int32, _ data: Data, path: String, operation: String = "write"
    ) throws(FileSystemError) {
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw FileSystemError(operation, path: path, errno: failure) }
    }
}
