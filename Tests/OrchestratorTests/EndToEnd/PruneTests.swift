import Foundation
import OrchestratorTesting
import Settings
import Testing

/// `orchestrator prune`: only the files of orders in a final state go, only when asked, and nothing ships twice.
@Suite struct PruneTests {
    @Test func onlyFilesWhoseOrdersAreFinalGoAndOnlyWithApply() async throws {
        try await Harness.with(settings: .forTests.routingEverything(to: "tipsa", service: "48")) { harness in
            let generator = ExportGenerator(orderPrefix: "PRUNE")
            let delivered = generator.export(orders: 0..<2)
            try harness.root.drop("delivered.csv", delivered)
            try harness.root.drop("on-its-way.csv", generator.export(orders: 2..<3))
            try harness.root.drop("junk.csv", Data([0x00, 0x01]))
            try await harness.run()
            for order in 0..<2 {
                let shipment = try #require(
                    await harness.sandbox.shipmentNumbers(reference: generator.orderID(order)).first)
                await harness.sandbox.tipsa.setStatus("3", shipmentNumber: shipment)
            }
            try await harness.run("refresh-tracking")
            // A duplicate set aside on an earlier day (its folder's date is the day it was set aside).
            try harness.root.drop("delivered-again.csv", delivered)
            try await harness.run()
            let setAside = try #require(harness.root.files(under: "archive/duplicates").first)
            let earlier = harness.root.layout.path("archive/duplicates/2026/01/02")
            try FileManager.default.createDirectory(atPath: earlier, withIntermediateDirectories: true)
            try FileManager.default.moveItem(
                atPath: harness.root.layout.path("archive/duplicates/" + setAside),
                toPath: earlier + "/delivered-again.csv")
            let files = { harness.root.files(under: "").filter { !$0.hasPrefix("logs/") } }
            let before = files()

            let recent = try await harness.run("prune", ["--older-than", "1"])
            let dryRun = try await harness.run("prune", ["--older-than", "0"])
            let unchanged = files()
            let applied = try await harness.run("prune", ["--older-than", "0", "--apply"])
            let after = files()
            let verify = try await harness.run("verify")
            try harness.root.drop("delivered-once-more.csv", delivered)
            try await harness.run()

            #expect(recent.exitCode == 0)
            let recentLines = recent.standardOutput.split(separator: "\n")
            #expect(
                recentLines.first
                    == "would remove archive/duplicates/2026/01/02/delivered-again.csv (duplicate set aside)"
                    && recentLines.last?.hasPrefix("1 file(s), ") == true,
                "within the last day only the earlier day's duplicate: \(recent.standardOutput)")
            #expect(dryRun.exitCode == 0, "\(dryRun.standardError)")
            #expect(unchanged == before, "a dry run removes nothing")
            let listed = dryRun.standardOutput.split(separator: "\n").map(String.init)
            #expect(listed.contains { $0.hasPrefix("would remove archive/") && $0.contains("/delivered.csv (") })
            #expect(listed.contains { $0.hasPrefix("would remove archive/failed/") && $0.contains("/junk.csv (") })
            #expect(listed.filter { $0.hasPrefix("would remove outbox/labels/tipsa/") }.count == 2, "\(listed)")
            #expect(!listed.contains { $0.contains("on-its-way") }, "its order is only tracked: \(listed)")

            #expect(applied.exitCode == 0, "\(applied.standardError)")
            let removed = Set(before).subtracting(after)
            #expect(removed.contains { $0.hasPrefix("archive/2") && $0.hasSuffix("/delivered.csv") })
            #expect(removed.contains { $0.hasPrefix("archive/2") && $0.hasSuffix("/delivered.csv.sha256") })
            #expect(removed.contains { $0.hasPrefix("outbox/results/") && $0.hasSuffix("-delivered.results.csv") })
            #expect(removed.contains { $0.hasPrefix("outbox/results/") && $0.hasSuffix("-delivered.results.xlsx") })
            #expect(after.contains { $0.hasSuffix("-on-its-way.results.xlsx") }, "a twin goes with its CSV only")
            #expect(removed.contains { $0.hasPrefix("archive/failed/") && $0.hasSuffix("/junk.csv.error.txt") })
            #expect(removed.contains("archive/duplicates/2026/01/02/delivered-again.csv"))
            #expect(removed.filter { $0.hasPrefix("outbox/labels/") }.count == 2)
            #expect(after.contains { $0.hasSuffix("/on-its-way.csv") }, "a file with an order still moving stays")
            #expect(after.filter { $0.hasPrefix("outbox/labels/") }.count == 1)
            #expect(applied.standardOutput.contains("removed \(removed.count) file(s)"), "\(applied.standardOutput)")
            #expect(verify.exitCode == 0, "the ledger forgot what prune removed: \(verify.standardOutput)")
            #expect(await harness.sandbox.createCount(reference: generator.orderID(0)) == 1, "nothing shipped twice")
            let prunes = CSVRows.records(try harness.rows("outbox/operations.csv")).filter { $0["action"] == "prune" }
            #expect(prunes.count == 1, "the applied prune is in operations.csv")
        }
    }

    @Test(arguments: [["--older-than", "-1"], ["--older-than", "a week"], []])
    func aCutoffThatIsNotANumberOfDaysIsAUsageError(_ arguments: [String]) async throws {
        try await Harness.with { harness in
            let prune = try await harness.run("prune", arguments)
            #expect(prune.exitCode == 2, "\(prune.standardError)")
        }
    }
}
