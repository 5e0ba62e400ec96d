import Foundation
import OrchestratorTesting
import Testing

/// `orchestrator operations`: the ledger's operations, filtered as the old `logs/operations?scope=` was.
@Suite struct OperationsCommandTests {
    @Test func operationsAreFilteredByScopeStatusOrderAndDate() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "OPS")
            // OPS-1 (Barcelona) loses its city: rejected.
            let export = generator.export(orders: 0..<2).replacingOccurrences(of: ";08013;Barcelona;", with: ";08013;;")
            try harness.root.drop("export.csv", export)
            #expect(try await harness.run().exitCode == 1, "one order rejected")

            let errors = try await harness.run("operations", ["--scope", "intake", "--status", "error"])
            let forOne = try await harness.run("operations", ["--order", "OPS-0", "--format", "csv"])
            let json = try await harness.run("operations", ["--order", "OPS-0", "--format", "json"])
            let future = try await harness.run("operations", ["--since", "2099-01-01"])
            let unknown = try await harness.run("operations", ["--scope", "nope"])

            #expect(errors.exitCode == 0)
            let errorLines = errors.standardOutput.split(separator: "\n").dropFirst().dropLast()
            #expect(errorLines.count == 1, "\(errors.standardOutput)")
            #expect(errorLines.allSatisfy { $0.contains("merge_order") && $0.contains("OPS-1") })
            let csv = harness.root.path + "-operations.csv"
            defer { try? FileManager.default.removeItem(atPath: csv) }
            try forOne.standardOutput.write(toFile: csv, atomically: true, encoding: .utf8)
            let rows = CSVRows.records(try CSVRows.read(csv))
            #expect(!rows.isEmpty && rows.allSatisfy { $0["order_id"] == "OPS-0" }, "\(forOne.standardOutput)")
            #expect(rows.contains { $0["action"] == "create_shipment" })
            let listed = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
            #expect(listed?.count == rows.count)
            #expect(future.standardOutput.hasSuffix("0 operation(s)\n"), "\(future.standardOutput)")
            #expect(unknown.exitCode == 2)
        }
    }
}
