import Foundation
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// Several workers on one root and one PostgreSQL ledger: they share the files and the orders, survive each other and
/// refuse to share with a worker configured otherwise.
///
/// Run in the PostgreSQL half of `scripts/test`.
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

            // Each pass with news rewrites the view and its twin, most of a second in a debug build beside three
            // workers: a third of the orders can take longer than the default wait to be booked.
            try await waitUntil(seconds: 90) { await harness.sandbox.totalCreates() >= total / 3 }
            // Left unreaped, the killed process still looks alive on this host: the others wait out its lease.
            workers[0].signal(SIGKILL)
            try await waitUntil(seconds: 240) {
                (try? harness.trackedOrderIDs().count) ?? 0 >= total
                    && harness.root.csvFiles(under: "outbox/results").count >= Self.files
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
            let results = harness.root.csvFiles(under: "outbox/results")
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

            // Each pass with news rewrites the view and its twin, most of a second in a debug build beside three
            // workers: a third of the orders can take longer than the default wait to be booked.
            try await waitUntil(seconds: 90) { await harness.sandbox.totalCreates() >= total / 3 }
            try TestLedger.restartServer()
            let stopped = try await harness.stopWhenDone(workers, orders: total, files: 3)

            #expect(stopped.allSatisfy { $0.exitCode == 0 }, "they waited and went on: \(stopped.map(\.standardError))")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order booked twice")
            #expect(await harness.sandbox.totalCreates() == total, "every order booked")
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.count == total && Set(tracked).count == total, "each order tracked exactly once")
        }
    }

    @Test func aWorkerFrozenWhileTakingAFileHoldsUpNoOneAndAnotherTakesTheFileOverWhole() async throws {
        let settings = Settings.forTests.with { $0.sharing.leaseSeconds = 2 }
        try await Harness.with(settings: settings) { harness in
            let generator = ExportGenerator(orderPrefix: "FROZEN")
            let total = 4000
            try harness.root.drop("drop.csv", generator.export(orders: 0..<total))
            let frozen = try harness.start("watch")
            try await waitUntil { !harness.root.files(under: "archive/.taking").isEmpty }

            // Frozen with the file claimed and half recorded, in the middle of a transaction, holding the lock of
            // intake: as a host paused, or a process stopped. Its sessions end after a lease idle; its lease runs out.
            frozen.signal(SIGSTOP)
            try #require(await harness.sandbox.totalCreates() == 0, "frozen while taking the file, before posting")
            let (resumed, finished) = try await Self.anotherWorkerFinishes(harness, orders: total, thenResume: frozen)

            #expect(resumed.exitCode == 4, "\(resumed.standardError)")
            #expect(resumed.standardError.contains("could not renew its lease"), "\(resumed.standardError)")
            #expect(finished.exitCode == 0, "\(finished.standardError)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order booked twice")
            #expect(await harness.sandbox.totalCreates() == total, "every order booked, none by the resumed worker")
            try Self.expectEachOrderTrackedAndEachFileArchivedOnce(harness, orders: total, files: ["drop.csv"])
        }
    }

    @Test func aWorkerFrozenWhilePostingStopsOnceResumedAndAnotherShipsEveryOrder() async throws {
        let carrier = SimulatorBehaviour(latency: .milliseconds(50))
        let settings = Settings.forTests.with { $0.sharing.leaseSeconds = 2 }
        try await Harness.with(tipsa: carrier, ontime: carrier, settings: settings) { harness in
            let generator = ExportGenerator(orderPrefix: "STALL")
            let total = 600
            try harness.root.drop("drop.csv", generator.export(orders: 0..<total))
            let frozen = try harness.start("watch")
            try await waitUntil { await harness.sandbox.totalCreates() >= 50 }

            frozen.signal(SIGSTOP)
            let (resumed, finished) = try await Self.anotherWorkerFinishes(harness, orders: total, thenResume: frozen)

            #expect(resumed.exitCode == 4, "\(resumed.standardError)")
            #expect(resumed.standardError.contains("could not renew its lease"), "\(resumed.standardError)")
            #expect(finished.exitCode == 0, "\(finished.standardError)")
            // No call is let through once the lease may have run out. A create already handed to the HTTP client
            // when the process froze still leaves once it runs again, after the other worker found nothing under
            // that reference and booked it: no carrier here takes a token that could refuse it. At most the calls
            // it had at once (8 per carrier), and only when frozen in that instant (1 run in 41 here).
            let duplicates = await harness.sandbox.duplicateReferences()
            #expect(duplicates.count <= 16, "\(duplicates)")
            #expect(await harness.sandbox.totalCreates() == total + duplicates.count, "every order booked")
            try Self.expectEachOrderTrackedAndEachFileArchivedOnce(harness, orders: total, files: ["drop.csv"])
        }
    }

    /// The tests' settings with both carriers held to `total` calls at once over all workers, `perWorker` each, and
    /// `perSecond` started a second in all (0: no such limit).
    private static func carrierLimits(total: Int, perWorker: Int, perSecond: Double = 0) -> Settings {
        Settings.forTests.with { settings in
            for code in ["tipsa", "ontime"] {
                settings.carriers[code]?.maxCallsInFlight = total
                settings.carriers[code]?.maxCallsInFlightPerWorker = perWorker
                settings.carriers[code]?.maxCallsPerSecond = perSecond
            }
        }
    }

    /// Starts a second watcher beside the stopped `frozen`, stops it once it tracked `orders` and wrote the results
    /// of the one file, then lets `frozen` run again; how each ended.
    private static func anotherWorkerFinishes(
        _ harness: Harness, orders: Int, thenResume frozen: RunningBinary
    ) async throws -> (resumed: BuiltBinary.Exit, other: BuiltBinary.Exit) {
        let other = try await harness.stopWhenDone([try harness.start("watch")], orders: orders, files: 1)[0]
        frozen.signal(SIGCONT)
        return (await frozen.wait(), other)
    }

    private static func expectEachOrderTrackedAndEachFileArchivedOnce(
        _ harness: Harness, orders: Int, files: [String]
    ) throws {
        let tracked = try harness.trackedOrderIDs()
        #expect(tracked.count == orders && Set(tracked).count == orders, "each order tracked exactly once")
        let archived = harness.root.files(under: "archive").filter { $0.hasSuffix(".csv") }
        #expect(archived.map { ($0 as NSString).lastPathComponent }.sorted() == files, "archived once: \(archived)")
        #expect(harness.root.files(under: "archive/.taking").isEmpty, "no file left claimed")
    }

    @Test func workersBeyondTheCarriersTotalWaitForCallsAndNeverExceedIt() async throws {
        let carrier = SimulatorBehaviour(latency: .milliseconds(50))
        // Slots for one worker and a half: the second holds what is left, the third none until one is given back.
        let settings = Self.carrierLimits(total: 6, perWorker: 4)
        try await Harness.with(tipsa: carrier, ontime: carrier, settings: settings) { harness in
            let generator = ExportGenerator(orderPrefix: "SLOTS")
            let total = 600
            for file in 0..<3 {
                try harness.root.drop("drop-\(file).csv", generator.export(orders: file * 200..<(file + 1) * 200))
            }
            let workers = try (0..<3).map { _ in try harness.start("watch") }
            let stopped = try await harness.stopWhenDone(workers, orders: total, files: 3)

            #expect(stopped.allSatisfy { $0.exitCode == 0 }, "\(stopped.map(\.standardError))")
            #expect(harness.sandbox.tipsa.peakConcurrentCalls <= 6)
            #expect(harness.sandbox.ontime.peakConcurrentCalls <= 6)
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order booked twice")
            #expect(await harness.sandbox.totalCreates() == total, "every order booked")
        }
    }

    @Test func aWorkerStoppedWhileItWaitsForCallsExitsCleanly() async throws {
        let carrier = SimulatorBehaviour(latency: .milliseconds(50))
        let settings = Self.carrierLimits(total: 4, perWorker: 4)
        try await Harness.with(tipsa: carrier, ontime: carrier, settings: settings) { harness in
            let total = 600
            try harness.root.drop("drop.csv", ExportGenerator(orderPrefix: "WAIT").export(orders: 0..<total))
            let first = try harness.start("watch")
            try await waitUntil { await harness.sandbox.totalCreates() >= 20 }

            // The first holds every slot for its pass: the second waits for one, and is stopped meanwhile.
            let second = try harness.start("watch")
            try await Task.sleep(for: .seconds(1.5))
            second.signal(SIGTERM)
            let waited = await second.wait()
            let finished = try await harness.stopWhenDone([first], orders: total, files: 1)

            #expect(!waited.wasSignalled && waited.exitCode == 0, "\(waited.standardError)")
            #expect(finished.allSatisfy { $0.exitCode == 0 }, "\(finished.map(\.standardError))")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order booked twice")
            #expect(await harness.sandbox.totalCreates() == total, "every order booked")
        }
    }

    @Test func workersTogetherStartNoMoreCallsPerSecondThanTheCarriersLimit() async throws {
        let perSecond = 20.0
        let settings = Self.carrierLimits(total: 8, perWorker: 4, perSecond: perSecond)
        try await Harness.with(settings: settings) { harness in
            let total = 120
            try harness.root.drop("drop.csv", ExportGenerator(orderPrefix: "PACED").export(orders: 0..<total))

            let started = ContinuousClock.now
            let workers = try (0..<2).map { _ in try harness.start("watch") }
            let stopped = try await harness.stopWhenDone(workers, orders: total, files: 1)
            let elapsed = ContinuousClock.now - started

            #expect(stopped.allSatisfy { $0.exitCode == 0 }, "\(stopped.map(\.standardError))")
            // Each holds half the slots, so half the calls per second: together, never faster than the limit.
            let calls = max(harness.sandbox.tipsa.totalCalls, harness.sandbox.ontime.totalCalls)
            #expect(elapsed >= .seconds(Double(calls - 1) / perSecond), "\(calls) calls in \(elapsed)")
            #expect(await harness.sandbox.totalCreates() == total)
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
