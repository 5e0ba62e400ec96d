import Foundation
import Logging
import Workspace

enum ProcessLogger {
    /// The process's logger: every event to `logs/orchestrator.log`, and to standard error with `--verbose`.
    static func make(layout: RootLayout, options: CommonOptions) -> Logger {
        let sink = FileLogHandler.Sink(path: layout.logFile)
        let verbose = options.verbose
        return Logger(label: "orchestrator") { label in
            let file = FileLogHandler(sink: sink, label: label)
            guard verbose else { return file }
            var stderr = StreamLogHandler.standardError(label: label)
            stderr.logLevel = .debug
            return MultiplexLogHandler([file, stderr])
        }
    }
}
