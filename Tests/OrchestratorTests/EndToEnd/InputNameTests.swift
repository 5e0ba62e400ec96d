import Foundation
import OrchestratorTesting
import Testing

/// Any name the file system accepts is taken, archived with its sidecar, and written into the review files as it is.
@Suite struct InputNameTests {
    /// 7 + 2 × 114 + 4 = 239 bytes of UTF-8: the `.sha256` sidecar's temporary would be far over 255.
    static let longName = "pedido-" + String(repeating: "ñ", count: 114) + ".csv"
    /// 255 bytes, the most a name can have: its `-2` and its sidecar must be shortened.
    static let longestName = String(repeating: "p", count: 251) + ".csv"

    @Test func aLongNameIsTakenAndDoesNotHoldUpTheOtherFiles() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "LONG")
            try harness.root.drop(Self.longName, generator.export(orders: 0..<3))
            try harness.root.drop("short.csv", generator.export(orders: 3..<5))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(harness.root.files(under: "inbox").isEmpty)
            let archived = harness.root.files(under: "archive")
            #expect(archived.contains { $0.hasSuffix("/" + Self.longName) })
            let sidecars = archived.filter { $0.hasSuffix(".sha256") }
            #expect(sidecars.count == 2, "\(sidecars)")
            let sidecar = try #require(sidecars.first { $0.contains("pedido-ñ") })
            #expect(try harness.root.read("archive/" + sidecar).hasSuffix("  \(Self.longName)\n"))
            #expect(await harness.sandbox.totalCreates() == 5)
        }
    }

    @Test func theLongestNameIsArchivedTwiceAndQuarantinedWithShortenedNeighbours() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "LONGEST")
            try harness.root.drop(Self.longestName, generator.export(orders: 0..<2))
            #expect(try await harness.run().exitCode == 0)
            try harness.root.drop(Self.longestName, generator.export(orders: 2..<4))
            #expect(try await harness.run().exitCode == 0)
            try harness.root.drop(Self.longestName, Data([0x00, 0x01, 0xFF]))
            let quarantined = try await harness.run()

            let archived = harness.root.files(under: "archive")
            #expect(archived.allSatisfy { ($0 as NSString).lastPathComponent.utf8.count <= 255 })
            let exports = archived.filter { $0.hasSuffix(".csv") && !$0.hasPrefix("failed/") }
            #expect(exports.count == 2, "the second under a shortened -2 name: \(exports)")
            #expect(archived.filter { $0.hasSuffix(".sha256") }.count == 2)
            #expect(quarantined.exitCode == 1)
            #expect(archived.contains { $0.hasPrefix("failed/") && $0.hasSuffix(".error.txt") })
            #expect(await harness.sandbox.totalCreates() == 4)
        }
    }

    @Test func aNameThatIsNotUTF8IsRenamedAsWindows1252AndTaken() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "LATIN")
            // "pedido-ñ.csv" as a Windows zip names it: ñ is the one byte F1, which is not UTF-8.
            let uploaded = try harness.root.drop(".upload", generator.export(orders: 0..<2))
            let rawPath = Array(harness.root.layout.inbox.utf8) + Array("/pedido-".utf8) + [0xF1] + Array(".csv".utf8)
            let moved = (rawPath + [0]).withUnsafeBufferPointer { raw in
                raw.withMemoryRebound(to: CChar.self) { rename(uploaded, $0.baseAddress!) }
            }
            try #require(moved == 0)

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(harness.root.files(under: "inbox").isEmpty, "nothing left waiting forever")
            #expect(harness.root.files(under: "archive").contains { $0.hasSuffix("/pedido-ñ.csv") })
            #expect(await harness.sandbox.totalCreates() == 2)
            let renamed = CSVRows.records(try harness.rows("outbox/operations.csv")).filter {
                $0["action"] == "rename_file"
            }
            #expect(
                renamed.map { $0["message"] ?? "" } == [
                    "renamed pedido-\\xF1.csv to pedido-ñ.csv in inbox/: its name was not UTF-8"
                ])
        }
    }

    @Test(arguments: [
        "línea\nnueva.csv", "pedido \"2\"; copia.csv", "-rf.csv", "=HYPERLINK(1).csv", "caf\u{65}\u{301}.csv",
        "caf\u{E9}.csv",
    ])
    func anOddNameIsTakenAndReadBackFromTheReviewFilesAsItIs(_ name: String) async throws {
        try await Harness.with { harness in
            try harness.root.drop(name, ExportGenerator(orderPrefix: "ODD").export(orders: 0..<2))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(harness.root.files(under: "archive").contains { $0.hasSuffix("/" + name) })
            let sources = CSVRows.records(try harness.rows("outbox/orders_view.csv")).map { $0["source_file"] ?? "" }
            // A leading - or = would make a spreadsheet read a formula: the writer puts an apostrophe before it.
            let shown = "-=".contains(name.first ?? " ") ? "'" + name : name
            #expect(sources == [shown, shown], "the name as it is, whatever it holds")
        }
    }
}
