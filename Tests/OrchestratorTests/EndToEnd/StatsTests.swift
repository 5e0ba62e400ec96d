import Foundation
import OrchestratorTesting
import Settings
import Testing

/// `orchestrator stats`: what happened to the orders, in numbers a person can check against the review files.
@Suite struct StatsTests {
    @Test func statsCountWhatTheRunDidAndMeasureTheWaits() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "STATS")
            // STATS-1 (Barcelona) loses its city: rejected; the other two ship (no Mirakl here to confirm them).
            let export = generator.export(orders: 0..<3).replacingOccurrences(of: ";08013;Barcelona;", with: ";08013;;")
            try harness.root.drop("export.csv", export)
            #expect(try await harness.run().exitCode == 1)

            let table = try await harness.run("stats")
            let json = try await harness.run("stats", ["--format", "json"])
            let later = try await harness.run("stats", ["--since", "2099-01-01", "--format", "json"])

            #expect(table.exitCode == 0, "\(table.standardError)")
            #expect(table.standardOutput.contains("by state:   TRACKED 2, REJECTED 1"), "\(table.standardOutput)")
            #expect(table.standardOutput.contains("booked among those tried: 100.0 %"))
            #expect(table.standardOutput.contains("1  customer.shipping_address.city is missing"))
            #expect(table.standardOutput.contains("recorded to booked: 2 order(s), median "))
            #expect(table.standardOutput.contains("booked to confirmed by Mirakl: none yet"))
            let document = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            #expect((document?["orders_by_state"] as? [String: String])?["TRACKED"] == "2")
            #expect((document?["runs"] as? [String: String])?.count == 1)
            let none = try JSONSerialization.jsonObject(with: Data(later.standardOutput.utf8)) as? [String: Any]
            #expect(none?["orders_by_state"] == nil, "nothing recorded after 2099")
        }
    }

    @Test func theWaitToMiraklsConfirmationIsMeasuredForConfirmedOrders() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            _ = await mirakl.addGeneratedOrders(count: 3, prefix: "CONF")
            #expect(try await harness.run().exitCode == 0)

            let table = try await harness.run("stats")

            #expect(table.standardOutput.contains("by state:   MIRAKL_OK 3"), "\(table.standardOutput)")
            #expect(table.standardOutput.contains("booked to confirmed by Mirakl: 3 order(s), median "))
        }
    }
}
