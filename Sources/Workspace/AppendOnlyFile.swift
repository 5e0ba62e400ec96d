import Foundation

/// A file that only ever grows, such as `outbox/operations.csv`.
package enum AppendOnlyFile {
    /// Appends `rows` to `path` in one write; a new file is created whole, `header` first.
    package static func append(_ rows: Data, to path: String, header: Data) throws(FileSystemError) {
        if !FileManager.default.fileExists(atPath: path) {
            var whole = header
            whole.append(rows)
            if try AtomicFile.createExactly(path, data: whole) { return }
        }
        guard !rows.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError("open", path: path, errno: errno) }
        defer { close(descriptor) }
        try FileDescriptorIO.writeAll(descriptor, rows, path: path, operation: "append to")
        guard fsync(descriptor) == 0 else { throw FileSystemError("flush", path: path, errno: errno) }
    }
}
