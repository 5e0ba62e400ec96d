import Foundation
import Logging
import Synchronization

/// Writes one line per log event to `logs/orchestrator.log`: time, level, message, then `key=value` metadata.
struct FileLogHandler: LogHandler {
    /// The open log file, shared by every logger of the process.
    final class Sink: Sendable {
        private let descriptor: Mutex<Int32>

        init(path: String) {
            descriptor = Mutex(open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644))
        }

        func write(_ line: String) {
            descriptor.withLock { descriptor in
                guard descriptor >= 0 else { return }
                var bytes = Array(line.utf8)
                bytes.append(0x0A)
                _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            }
        }

        deinit {
            descriptor.withLock { if $0 >= 0 { close($0) } }
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
