import Foundation

/// Whole-buffer writes on a file descriptor, retried on short writes and interrupts.
enum FileDescriptorIO {
    struct WriteError: Error { var errno: Int32 }

    static func writeAll(_ descriptor: Int32, _ data: Data) throws(WriteError) {
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
        if failure != 0 { throw WriteError(errno: failure) }
    }
}
