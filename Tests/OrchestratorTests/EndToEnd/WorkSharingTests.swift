import Foundation
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// Several workers on one root and one PostgreSQL ledger: they share the files and the orders, survive each other
/// and refuse to share with a worker configured otherwise. Run in the PostgreSQL half of `scripts/test`.
@Suite(.enabled(if: TestLedger.isPostgres, "the ledger is SQLite in this run: scripts/test runs it on PostgreSQL"))
struct WorkSharingTests {
    static let files = 20
    static let ordersPerFile = 250

    @Test func threeWorkersShipTwentyFilesOnceEachThoughOneIsKilledMidway() async throws {
        let carrier = SimulatorBehaviour(latency: .milliseconds(50))
        let settings = Settings.forTests.with { $0.sharing.leaseSeconds = 3 }
        try await Harness.with(tipsa: carrier, ontime: carrier, settings: settings) { harness in
            let generator = ExportGenerator(orderPrefix: "SHARE")
            let total = Self.files * Self.ordersPerFile
            for file in 0..<Self.files {
                let orders = file * Self.ordersPerFile..<(file + 1) * Self.ordersPerFile
                try harness.root.drop("drop-\(file).csv", generator.export(orders: orders))
            }
            let workers = try (0..<3).map { _ in try harness.start("watch") }

            try await waitUntil { await harness.sandbox.totalCreates() >= total / 3 }
            // Left unreaped, the killed process still looks alive on this host: the others wait out its lease.
            workers[0].signal(SIGKILL)
            try await waitUntil(seconds: 240) {
                (try? harness.trackedOrderIDs().count) ?? 0 >= total
                    && harness.root.files(under: "outbox/results").count >= Self.files
            }
            for worker in workers.dropFirst() { worker.signal(SIGTERM) }
            let killed = await workers[0].wait()
            let stopped = [await workers[1].wait(), await workers[2].wait()]

            #expect(killed.wasSignalled)
            #expect(stopped.allSatisfy { $0.exitCode == 0 }, "\(stopped.map(\.standardError))")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order booked twice")
            #expect(await harness.sandbox.totalCreates() == total, "every order booked")
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.count == total && Set(tracked).count == total, "each order tracked exactly once")
            let archived = harness.root.files(under: "archive").filter { $0.hasSuffix(".csv") }
            #expect(archived.count == Self.files, "\(archived)")
            #expect(Set(archived.map { ($0 as NSString).lastPathComponent }).count == Self.files, "each file once")
            #expect(!archived.contains { $0.hasPrefix("duplicates/") || $0.hasPrefix("failed/") })
            #expect(harness.root.files(under: "archive/.taking").isEmpty, "no file left claimed")
            #expect(harness.root.files(under: "inbox").isEmpty)
            let results = harness.root.files(under: "outbox/results")
            #expect(results.count == Self.files, "a results file per input: \(results)")
        }
    }

    @Test(.enabled(if: TestLedger.canRestartServer, "needs the throw-away server's folder, which scripts/test gives"))
    func workersWaitOutARestartOfTheDatabaseAndLoseNothing() async throws {
        let carrier = SimulatorBehaviour(latency: .milliseconds(50))
        try await Harness.with(tipsa: carrier, ontime: carrier) { harness in
            let generator = ExportGenerator(orderPrefix: "RESTART")
            let total = 600
            for file in 0..<3 {
                try harness.root.drop("drop-\(file).csv", generator.export(orders: file * 200..<(file + 1) * 200))
            }
            let workers = try (0..<2).map { _ in try harness.start("watch") }

            try await waitUntil { await harness.sandbox.totalCreates() >= total / 3 }
            try TestLedger.restartServer()
            try await waitUntil(seconds: 120) {
                (try? harness.trackedOrderIDs().count) ?? 0 >= total
                    && harness.root.files(under: "outbox/results").count >= 3
            }
            for worker in workers { worker.signal(SIGTERM) }
            let stopped = [await workers[0].wait(), await workers[1].wait()]

            #expect(stopped.allSatisfy { $0.exitCode == 0 }, "they waited and went on: \(stopped.map(\.standardError))")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order booked twice")
            #expect(await harness.sandbox.totalCreates() == total, "every order booked")
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.count == total && Set(tracked).count == total, "each order tracked exactly once")
        }
    }

    @Test func aWorkerConfiguredOtherwiseIsRefusedAndOneConfiguredAlikeJoins() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "JOIN")
            try harness.root.drop("first.csv", generator.export(orders: 0..<5))
            let watcher = try harness.start("watch")
            try await waitUntil { (try? harness.trackedOrderIDs().count) == 5 }
            let other = harness.root.path + "/other.yml"
            try SettingsWriter.yaml(Settings.forTests.with { $0.posting.concurrency = 3 })
                .write(toFile: other, atomically: true, encoding: .utf8)

            let refused = try await harness.run("run", ["--config", other])
            try harness.root.drop("second.csv", generator.export(orders: 5..<10))
            let joined = try await harness.run("run")
            try await waitUntil { (try? harness.trackedOrderIDs().count) == 10 }
            watcher.signal(SIGTERM)
            let watched = await watcher.wait()

            #expect(refused.exitCode == 2)
            #expect(refused.standardError.contains("other settings"), "\(refused.standardError)")
            #expect(joined.exitCode == 0, "a second run joins the work, not exit 3: \(joined.standardError)")
            #expect(watched.exitCode == 0)
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
            #expect(await harness.sandbox.totalCreates() == 10)
        }
    }
}
