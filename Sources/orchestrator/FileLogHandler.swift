import Foundation
import Logging
import Synchronization

/// Writes one line per log event to `logs/orchestrator.log`: time, level, message, then `key=value` metadata.
struct FileLogHandler: LogHandler {
    /// The open log file, shared by every logger of the process.
    ///
    /// Past `maximumBytes` it rotates: `orchestrator.log` becomes `orchestrator.log.1`, the older ones move up a
    /// number, and the `kept`-th goes.
    final class Sink: Sendable {
        private struct File {
            var descriptor: Int32
            var size: Int
        }

        private let path: String
        private let maximumBytes: Int
        private let kept: Int
        private let file: Mutex<File>

        init(path: String, maximumBytes: Int = 50 << 20, kept: Int = 5) {
            self.path = path
            self.maximumBytes = maximumBytes
            self.kept = kept
            file = Mutex(Self.open(path))
        }

        func write(_ line: String) {
            file.withLock { file in
                if file.size >= maximumBytes { rotate(&file) }
                guard file.descriptor >= 0 else { return }
                var bytes = Array(line.utf8)
                bytes.append(0x0A)
                let written = bytes.withUnsafeBytes { Foundation.write(file.descriptor, $0.baseAddress, $0.count) }
                file.size += max(0, written)
            }
        }

        private func rotate(_ file: inout File) {
            close(file.descriptor)
            unlink("\(path).\(kept)")
            for number in stride(from: kept - 1, through: 1, by: -1) {
                rename("\(path).\(number)", "\(path).\(number + 1)")
            }
            rename(path, "\(path).1")
            file = Self.open(path)
        }

        private static func open(_ path: String) -> File {
            let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            var info = stat()
            return File(descriptor: descriptor, size: fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0)
        }

        deinit {
            file.withLock { if $0.descriptor >= 0 { close($0.descriptor) } }
        }
    }

    let sink: Sink
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let line = "\(Date().formatted(.iso8601)) \(event.level) \(label): \(event.message)"
        sink.write(fields.isEmpty ? line : line + " " + fields)
    }
}
