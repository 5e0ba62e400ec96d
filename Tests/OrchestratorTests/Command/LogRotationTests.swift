import Foundation
import Testing

@testable import orchestrator

/// `logs/orchestrator.log` rotates by size and keeps a fixed number of old files, whatever a watcher writes.
@Suite struct LogRotationTests {
    @Test func theLogRotatesPastItsSizeAndKeepsOnlyTheNewestFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "log-rotation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "orchestrator.log").path
        let line = String(repeating: "x", count: 98)  // and a digit and the line end: 100 bytes

        do {
            let sink = FileLogHandler.Sink(path: path, maximumBytes: 1_000, kept: 3)
            for number in 0..<100 { sink.write(line + String(number % 10)) }
        }

        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["orchestrator.log", "orchestrator.log.1", "orchestrator.log.2", "orchestrator.log.3"])
        for name in names {
            let size =
                try FileManager.default.attributesOfItem(atPath: folder.appending(path: name).path)[.size] as? Int
            #expect(size == 1_000, "\(name): ten lines each")
        }
        let newest = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(newest.last?.hasSuffix("9") == true, "the last line written is in the current file")
    }
}
