import Foundation
import OrchestratorTesting
import Testing
import Workspace

@testable import Ledger

/// What changes for people when the ledger is in PostgreSQL (`ORCHESTRATOR_LEDGER_URL`): run in the PostgreSQL half
/// of `scripts/test`, where every other test runs on it too.
@Suite(.enabled(if: TestLedger.isPostgres, "the ledger is SQLite in this run: scripts/test runs it on PostgreSQL"))
struct PostgresLedgerTests {
    @Test func healthSaysTheServerAnswersAtWhichSchemaWithoutThePassword() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "PG").export(orders: 0..<3))
            #expect(try await harness.run().exitCode == 0)

            let health = try await harness.run("health", ["--sandbox"])

            let ledgerLine = health.standardOutput.split(separator: "\n").first { $0.contains("ledger: ") } ?? ""
            #expect(ledgerLine.hasPrefix("OK") && ledgerLine.contains("PostgreSQL postgres://"), "\(ledgerLine)")
            #expect(ledgerLine.contains("answers"), "\(ledgerLine)")
            #expect(ledgerLine.contains("schema \(LedgerSchema.migrations.last?.name ?? "")"), "\(ledgerLine)")
            let password = try #require(URLComponents(string: try url(of: harness))?.password)
            #expect(!(health.standardOutput + health.standardError).contains(password))
            #expect(!FileManager.default.fileExists(atPath: harness.root.layout.ledger), "no SQLite file made")
        }
    }

    @Test func backupAndRestoreLeaveTheLedgerToTheDatabasesOwnTools() async throws {
        try await Harness.with { harness in
            let folder = harness.root.path + "/backup"

            let backup = try await harness.run("backup", ["--to", folder])
            let restore = try await harness.run("restore", ["--from", folder])

            #expect(backup.exitCode == 2)
            #expect(backup.standardError.contains("pg_dump"), "\(backup.standardError)")
            #expect(!FileManager.default.fileExists(atPath: folder), "no folder made")
            #expect(restore.exitCode == 2)
            #expect(restore.standardError.contains("pg_restore"), "\(restore.standardError)")
        }
    }

    @Test func aServerThatDoesNotAnswerStopsTheRunNamingItButNotItsPassword() async throws {
        try await Harness.with { harness in
            // Port 1 of loopback, where nothing listens.
            try await harness.expectRunStopsAtTheLedger(
                "postgres://orchestrator:hunter2secret@127.0.0.1:1/nowhere",
                saying: "postgres://orchestrator@127.0.0.1:1/nowhere")
        }
    }

    @Test func healthSaysAServerThatDoesNotAnswerIsAProblemWithoutItsPassword() async throws {
        try await Harness.with { harness in
            let unreachable = "postgres://orchestrator:hunter2secret@127.0.0.1:1/nowhere"

            let health = try await harness.run(
                "health", ["--sandbox"], environment: [LedgerLocation.environmentVariable: unreachable])

            #expect(health.exitCode == 1)
            let ledgerLine = health.standardOutput.split(separator: "\n").first { $0.contains("ledger: ") } ?? ""
            #expect(
                ledgerLine.hasPrefix("PROBLEM") && ledgerLine.contains("postgres://orchestrator@127.0.0.1:1/nowhere"),
                "\(health.standardOutput)")
            #expect(!(health.standardOutput + health.standardError).contains("hunter2secret"))
        }
    }

    @Test func aURLThatCannotBeUsedAndARebuildOfTheDatabaseAreUsageErrors() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "PG").export(orders: 0..<3))

            let wrongScheme = try await harness.run(
                environment: [LedgerLocation.environmentVariable: "mysql://orchestrator:hunter2secret@db/orders"])
            let rebuild = try await harness.run("run", ["--rebuild-ledger"])

            #expect(wrongScheme.exitCode == 2)
            #expect(wrongScheme.standardError.contains("ORCHESTRATOR_LEDGER_URL"), "\(wrongScheme.standardError)")
            #expect(!(wrongScheme.standardOutput + wrongScheme.standardError).contains("hunter2secret"))
            #expect(rebuild.exitCode == 2)
            #expect(rebuild.standardError.contains("PostgreSQL"), "\(rebuild.standardError)")
            #expect(harness.root.files(under: "inbox") == ["export.csv"], "nothing taken")
            #expect(await harness.sandbox.totalCreates() == 0)
        }
    }

    @Test func aWatcherWhoseConnectionsTheServerDroppedConnectsAgainAndShipsTheNextFile() async throws {
        try await Harness.with { harness in
            let watcher = try harness.start("watch")
            let generator = ExportGenerator(orderPrefix: "RECONNECT")
            try harness.root.drop("first.csv", generator.export(orders: 0..<3))
            try await waitUntil { harness.root.files(under: "outbox/tracking").count == 1 }

            try TestLedger.dropConnections(root: harness.root.path)
            try harness.root.drop("second.csv", generator.export(orders: 3..<6))
            try await waitUntil { harness.root.files(under: "outbox/tracking").count == 2 }
            watcher.signal(SIGTERM)
            let outcome = await watcher.wait()

            #expect(!outcome.wasSignalled && outcome.exitCode == 0, "\(outcome.standardError)")
            #expect(await harness.sandbox.totalCreates() == 6)
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
        }
    }

    @Test func connectionsDroppedInTheMiddleOfARunLoseNothingAndPostNothingTwice() async throws {
        try await Harness.with(
            tipsa: .init(latency: .milliseconds(50)), ontime: .init(latency: .milliseconds(50))
        ) { harness in
            let generator = ExportGenerator(orderPrefix: "DROPPED")
            try harness.root.drop("export.csv", generator.export(orders: 0..<200))

            let running = try harness.start("run")
            try await waitUntil { await harness.sandbox.totalCreates() >= 20 }
            try TestLedger.dropConnections(root: harness.root.path)
            let interrupted = await running.wait()
            let afterwards = try await harness.run()

            // Cut short in a transaction (rolled back; exit 1, as after a carrier outage), or between two and
            // connected again (exit 0).
            #expect([0, 1].contains(interrupted.exitCode), "\(interrupted.standardError)")
            #expect(afterwards.exitCode == 0, "\(afterwards.standardOutput) \(afterwards.standardError)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order posted twice")
            for index in 0..<200 {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1, "order \(index)")
            }
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.sorted() == (0..<200).map(generator.orderID).sorted(), "every order tracked once")
        }
    }

    @Test func anEmptiedDatabaseStopsTheRunAndARebuiltLedgerShipsNothingTwice() async throws {
        try await Harness.with { harness in
            let export = ExportGenerator(orderPrefix: "EMPTIED").export(orders: 0..<3)
            try harness.root.drop("export.csv", export)
            #expect(try await harness.run().exitCode == 0)
            // The database dropped and made anew by mistake; the marketplace sends the same orders again.
            TestLedger.remove(root: harness.root.path)
            try harness.root.drop("again.csv", export)

            let health = try await harness.run("health", ["--sandbox"])
            let stopped = try await harness.run()
            let rebuilt = try await harness.run("run", ["--rebuild-ledger"])

            #expect(health.exitCode == 1)
            #expect(health.standardOutput.contains("is empty, but archive/ holds"), "\(health.standardOutput)")
            #expect(stopped.exitCode == 4)
            #expect(stopped.standardError.contains("is empty, but archive/ holds"), "\(stopped.standardError)")
            #expect(rebuilt.exitCode == 0, "\(rebuilt.standardOutput) \(rebuilt.standardError)")
            #expect(await harness.sandbox.totalCreates() == 3, "the orders booked before were looked up, not booked")
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
            #expect(try harness.root.read("outbox/operations.csv").contains("rebuild_ledger"))
        }
    }

    @Test func aRootEmptiedUnderALedgerWithRunsIsTakenForAnUnmountedShareAndLeftAlone() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "BARE").export(orders: 0..<3))
            #expect(try await harness.run().exitCode == 0)
            // The share unmounted: the mount point is left, bare, with only the configuration put back.
            let configuration = try harness.root.read("orchestrator.yml")
            for entry in try FileManager.default.contentsOfDirectory(atPath: harness.root.path) {
                try FileManager.default.removeItem(atPath: harness.root.path + "/" + entry)
            }
            try configuration.write(toFile: harness.root.path + "/orchestrator.yml", atomically: true, encoding: .utf8)

            let run = try await harness.run()

            #expect(run.exitCode == 4)
            #expect(
                run.standardError.contains("is the network share the root lives on mounted?"), "\(run.standardError)")
            #expect(!FileManager.default.fileExists(atPath: harness.root.path + "/" + RootMarker.fileName))
            #expect(try Ledger(harness.root.ledgerLocation).latestRuns(limit: 10).count == 1, "no run recorded")
        }
    }

    @Test func aLedgerANewerVersionMigratedIsRefusedAndLeftAsItIs() async throws {
        try await Harness.with { harness in
            let ledger = try Ledger(harness.root.ledgerLocation)
            try ledger.write("migrate from the future") { db in
                try db.execute("INSERT INTO ledger_migration (name, applied_at) VALUES ('v99-from-the-future', '')")
            }

            let run = try await harness.run()

            #expect(run.exitCode == 4)
            #expect(run.standardError.contains("v99-from-the-future"), "\(run.standardError)")
            #expect(try ledger.store.appliedMigrations().last == "v99-from-the-future")
        }
    }

    private func url(of harness: Harness) throws -> String {
        try TestLedger.environment(forRoot: harness.root.path)[LedgerLocation.environmentVariable] ?? ""
    }
}
