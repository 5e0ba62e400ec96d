import Foundation
import OrchestratorTesting
import Testing

/// A ledger lost or damaged after a run must not make the next one book the same orders again.
@Suite(.sqliteLedgerOnly) struct LedgerLossTests {
    static let orders = 20

    private func operations(_ harness: Harness, action: String) throws -> Int {
        CSVRows.records(try harness.rows("outbox/operations.csv")).filter { $0["action"] == action }.count
    }

    private func removeLedger(_ harness: Harness) throws {
        for suffix in ["", "-wal", "-shm"]
        where FileManager.default.fileExists(atPath: harness.root.layout.ledger + suffix) {
            try FileManager.default.removeItem(atPath: harness.root.layout.ledger + suffix)
        }
    }

    @Test func aDeletedLedgerStopsTheRunAndARebuiltOneShipsNothingTwice() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "LOST")
            let export = generator.export(orders: 0..<Self.orders)
            try harness.root.drop("export.csv", export)
            #expect(try await harness.run().exitCode == 0)
            try removeLedger(harness)

            // The same export dropped again, as an SFTP client that re-sends would.
            try harness.root.drop("export-again.csv", export)
            let refused = try await harness.run()
            let createsWhenRefused = await harness.sandbox.totalCreates()
            let rebuilt = try await harness.run("run", ["--rebuild-ledger"])
            let next = try await harness.run()

            #expect(refused.exitCode == 4)
            #expect(refused.standardError.contains("is missing, but archive/ holds files"), "\(refused.standardError)")
            #expect(refused.standardError.contains("--rebuild-ledger"))
            #expect(createsWhenRefused == Self.orders, "nothing booked while the ledger is missing")
            #expect(rebuilt.exitCode == 0, "\(rebuilt.standardOutput) \(rebuilt.standardError)")
            #expect(next.exitCode == 0, "the rebuilt ledger is the ledger now: \(next.standardError)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
            #expect(await harness.sandbox.totalCreates() == Self.orders)
            #expect(try operations(harness, action: "adopt_shipment") == Self.orders, "each order found at its carrier")
            #expect(try operations(harness, action: "rebuild_ledger") == 1)
        }
    }

    @Test func aDamagedLedgerIsKeptAsideOnlyWhenTheOperatorSaysSoAndNothingShipsTwice() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "DAMAGED")
            let export = generator.export(orders: 0..<Self.orders)
            try harness.root.drop("export.csv", export)
            #expect(try await harness.run().exitCode == 0)
            // A disk that returned garbage: the header page overwritten.
            try removeLedger(harness)
            try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: harness.root.layout.ledger))

            try harness.root.drop("export-again.csv", export)
            let refused = try await harness.run()
            let rebuilt = try await harness.run("run", ["--rebuild-ledger"])

            #expect(refused.exitCode == 4)
            #expect(refused.standardError.contains("is damaged"), "\(refused.standardError)")
            #expect(rebuilt.exitCode == 0, "\(rebuilt.standardOutput) \(rebuilt.standardError)")
            let kept = harness.root.files(under: "logs").filter { $0.hasPrefix("ledger.sqlite.damaged-") }
            #expect(kept.count == 1, "the damaged ledger is kept for a person to look at: \(kept)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
            #expect(await harness.sandbox.totalCreates() == Self.orders)
        }
    }

    @Test func aReadableLedgerIsNeverRebuilt() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "KEPT").export(orders: 0..<3))
            #expect(try await harness.run().exitCode == 0)

            let refused = try await harness.run("run", ["--rebuild-ledger"])

            #expect(refused.exitCode == 2)
            #expect(refused.standardError.contains("is readable"), "\(refused.standardError)")
        }
    }
}
