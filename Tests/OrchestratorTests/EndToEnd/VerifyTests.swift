import Foundation
import OrchestratorTesting
import Testing

/// `orchestrator verify`: the archive and the labels as the ledger says they are, or a line per difference.
@Suite struct VerifyTests {
    @Test func aFaithfulArchivePassesAndEveryKindOfDamageIsALine() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "VERIFY")
            try harness.root.drop("one.csv", generator.export(orders: 0..<3))
            try harness.root.drop("two.csv", generator.export(orders: 3..<5))
            try harness.root.drop("junk.csv", Data([0x00, 0x01]))
            _ = try await harness.run()
            try harness.root.drop("one-again.csv", generator.export(orders: 0..<3))
            _ = try await harness.run()
            let faithful = try await harness.run("verify")

            let archived = harness.root.files(under: "archive")
            let one = try #require(archived.first { $0.hasSuffix("/one.csv") && !$0.hasPrefix("duplicates/") })
            let two = try #require(archived.first { $0.hasSuffix("/two.csv") })
            try "edited in a spreadsheet\n".write(
                toFile: harness.root.layout.path("archive/" + one), atomically: true, encoding: .utf8)
            try FileManager.default.removeItem(atPath: harness.root.layout.path("archive/" + two + ".sha256"))
            try "stray".write(
                toFile: harness.root.layout.path("archive/stray.csv"), atomically: true, encoding: .utf8)
            let label = try #require(harness.root.files(under: "outbox/labels").first)
            try FileManager.default.removeItem(atPath: harness.root.layout.path("outbox/labels/" + label))
            let damaged = try await harness.run("verify")
            let damagedJSON = try await harness.run("verify", ["--format", "json"])

            #expect(faithful.exitCode == 0, "\(faithful.standardOutput)")
            #expect(faithful.standardOutput.contains("3 archived file(s) and 5 label(s) checked, 0 problem(s)"))
            #expect(damaged.exitCode == 1)
            let lines = damaged.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("changed: archive/\(one)") }, "\(lines)")
            #expect(lines.contains("missing: archive/\(two).sha256"), "\(lines)")
            #expect(lines.contains { $0.hasPrefix("extra: archive/stray.csv") }, "\(lines)")
            #expect(lines.contains("missing: outbox/labels/\(label) (a label)"), "\(lines)")
            #expect(lines.last == "3 archived file(s) and 5 label(s) checked, 4 problem(s)")
            #expect(damagedJSON.exitCode == 1)
            let report = try JSONSerialization.jsonObject(with: Data(damagedJSON.standardOutput.utf8)) as? [String: Any]
            let problems = report?["problems"] as? [[String: String]] ?? []
            #expect(problems.compactMap { $0["kind"] }.sorted() == ["changed", "extra", "missing", "missing"])
            #expect(problems.contains { $0["path"] == "outbox/labels/" + label && $0["detail"] == "a label" })
        }
    }
}
