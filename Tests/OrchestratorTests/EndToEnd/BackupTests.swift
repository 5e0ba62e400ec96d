import Foundation
import OrchestratorTesting
import Testing
import Workspace

/// A backup taken while orders ship, restored later: nothing the restored (older) ledger does not know is booked
/// twice.
@Suite(.sqliteLedgerOnly) struct BackupTests {
    @Test func anExportShippedAfterTheBackupAndDroppedAgainAfterTheRestoreShipsNothingTwice() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "BACKUP")
            let backup = harness.root.path + "-backup"
            defer { try? FileManager.default.removeItem(atPath: backup) }
            try harness.root.drop("before.csv", generator.export(orders: 0..<5))
            #expect(try await harness.run().exitCode == 0)
            let backedUp = try await harness.run("backup", ["--to", backup])
            let later = generator.export(orders: 5..<10)
            try harness.root.drop("after.csv", later)
            #expect(try await harness.run().exitCode == 0)

            let restored = try await harness.run("restore", ["--from", backup])
            try harness.root.drop("after-again.csv", later)
            let again = try await harness.run()

            #expect(backedUp.exitCode == 0, "\(backedUp.standardError)")
            #expect(
                Set(try FileManager.default.contentsOfDirectory(atPath: backup))
                    == ["ledger.sqlite", "orchestrator.yml", "MANIFEST.sha256"])
            #expect(restored.exitCode == 0, "\(restored.standardError)")
            #expect(restored.standardOutput.contains("kept as logs/ledger.sqlite.replaced-"))
            #expect(again.exitCode == 0, "\(again.standardOutput) \(again.standardError)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "nothing booked twice")
            #expect(await harness.sandbox.totalCreates() == 10)
            // A create whose answer was slow to come (a loaded machine) is adopted too; these five must be.
            let adopted = CSVRows.records(try harness.rows("outbox/operations.csv")).filter {
                $0["action"] == "adopt_shipment"
            }
            #expect(
                Set((5..<10).map(generator.orderID)).isSubset(of: adopted.compactMap { $0["order_id"] }),
                "the orders shipped after the backup were found at their carrier")
        }
    }

    @Test func aRestoreIsRefusedWhileARunWorksOrWhenTheBackupDoesNotMatchItsManifest() async throws {
        try await Harness.with { harness in
            let backup = harness.root.path + "-backup"
            defer { try? FileManager.default.removeItem(atPath: backup) }
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "GUARD").export(orders: 0..<2))
            #expect(try await harness.run().exitCode == 0)
            #expect(try await harness.run("backup", ["--to", backup]).exitCode == 0)
            let second = try await harness.run("backup", ["--to", backup])

            let watcher = try harness.start("watch")
            try await waitUntil { RunLock.holder(at: harness.root.layout.lockFile) != nil }
            let duringWatch = try await harness.run("restore", ["--from", backup])
            watcher.signal(SIGTERM)
            _ = await watcher.wait()
            let handle = try #require(FileHandle(forWritingAtPath: backup + "/ledger.sqlite"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("tampered".utf8))
            try handle.close()
            let tampered = try await harness.run("restore", ["--from", backup])

            #expect(second.exitCode == 2, "a folder that holds a backup is not written over")
            #expect(duringWatch.exitCode == 3, "\(duringWatch.standardError)")
            #expect(tampered.exitCode == 2, "the folder given is not a sound backup")
            #expect(tampered.standardError.contains("does not match MANIFEST.sha256"), "\(tampered.standardError)")
            #expect(harness.root.files(under: "logs").allSatisfy { !$0.contains(".replaced-") }, "nothing replaced")
        }
    }
}
