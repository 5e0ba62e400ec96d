import Foundation
import OrchestratorTesting
import Settings
import Testing

/// `orchestrator watch`: picks up drops while it runs, never a file still being written, stops cleanly.
@Suite struct WatchTests {
    /// Three seconds: a file appended to every 300 ms must not look settled even when a loaded machine (the whole
    /// suite on two cores) stretches a 300 ms pause past a second, as it once did with a settle time of 1 s.
    static let settings = Settings.forTests.with { $0.intake.settleSeconds = 3 }

    @Test func shipsAFileDroppedWhileRunningButNotWhileItUploadsAndStopsOnSigterm() async throws {
        try await Harness.with(settings: Self.settings) { harness in
            let watcher = try harness.start("watch")
            let generator = ExportGenerator(orderPrefix: "WATCH")

            // An SFTP upload under a temporary name, renamed when complete.
            let part = harness.root.layout.inbox + "/upload.csv.part"
            try generator.export(orders: 0..<3).write(toFile: part, atomically: false, encoding: .utf8)
            try await Task.sleep(for: .seconds(1.5))
            #expect(await harness.sandbox.totalCreates() == 0, "a .part upload is never taken")
            try FileManager.default.moveItem(atPath: part, toPath: harness.root.layout.inbox + "/upload.csv")
            try await waitUntil { harness.root.files(under: "outbox/tracking").count == 1 }
            #expect(harness.root.files(under: "archive").contains { $0.hasSuffix("/upload.csv") })
            #expect(await harness.sandbox.totalCreates() == 3)

            // A file still growing: appended to every 300 ms, for longer than the settle time.
            let growing = harness.root.layout.inbox + "/growing.csv"
            try ExportGenerator.header.write(toFile: growing, atomically: false, encoding: .utf8)
            let handle = try #require(FileHandle(forWritingAtPath: growing))
            for index in 10..<18 {
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(generator.lines(ofOrder: index).utf8))
                try await Task.sleep(for: .milliseconds(300))
                #expect(FileManager.default.fileExists(atPath: growing), "not taken while it grows")
            }
            try handle.close()
            try await waitUntil { harness.root.files(under: "outbox/tracking").count == 2 }
            #expect(harness.root.files(under: "archive").contains { $0.hasSuffix("/growing.csv") })
            #expect(await harness.sandbox.totalCreates() == 3 + 8, "every line written before the file settled")

            watcher.signal(SIGTERM)
            let outcome = await watcher.wait()
            #expect(!outcome.wasSignalled && outcome.exitCode == 0, "\(outcome.standardError)")
            let relock = try await harness.run()
            #expect(relock.exitCode == 0, "the lock was released")
        }
    }

    @Test func sigtermWhilePostingFinishesTheOrdersInHandAndStops() async throws {
        // Calls that a loaded machine (the simulators answer from the test process) is slow to connect or answer
        // still finish: only the stop is under test.
        let patient = Settings.forTests.with {
            $0.posting.connectTimeoutSeconds = 10
            $0.posting.callTimeoutSeconds = 30
        }
        try await Harness.with(tipsa: .init(latency: .milliseconds(100)), settings: patient) { harness in
            let generator = ExportGenerator(orderPrefix: "TERM")
            // More orders than the 64 posted at once, so that a stop leaves some never started.
            try harness.root.drop("export.csv", generator.export(orders: 0..<200))
            let watcher = try harness.start("watch")
            try await waitUntil { await harness.sandbox.totalCreates() >= 4 }

            watcher.signal(SIGTERM)
            let stopped = await watcher.wait()
            let createdBeforeStop = await harness.sandbox.totalCreates()
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            let finish = try await harness.run()

            #expect(!stopped.wasSignalled && stopped.exitCode == 0, "\(stopped.standardError)")
            #expect(createdBeforeStop < 200, "it stopped before the end of the queue")
            #expect(!view.contains { $0["internal_state"] == "POSTING" }, "no order left in flight")
            #expect(finish.exitCode == 0)
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
            #expect(await harness.sandbox.totalCreates() == 200)
        }
    }
}
