import Foundation
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// On a terminal a run shows its progress on one line it keeps rewriting; elsewhere (cron) nothing of it.
@Suite(.needsATerminal) struct ProgressLineTests {
    /// Posting 100 orders two calls each, 4 at once, 50 ms a call: about 2.5 s, long enough for a rate.
    static let slowTIPSA = SimulatorBehaviour(latency: .milliseconds(50))
    static let settings = Settings.forTests.routingEverything(to: "tipsa", service: "48").with {
        $0.posting.concurrency = 4
    }

    /// `orchestrator run` on a pseudo-terminal.
    static func runOnTerminal(_ harness: Harness) async throws -> BuiltBinary.Exit {
        try await harness.binary.runOnTerminal(["run", "--root", harness.root.path], environment: harness.environment)
    }

    @Test func aTerminalSeesTheRunProgressOnOneLineThenTheSummary() async throws {
        try await Harness.with(tipsa: Self.slowTIPSA, settings: Self.settings) {
            harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "TTY").export(orders: 0..<100))

            let run = try await Self.runOnTerminal(harness)

            #expect(run.exitCode == 0, "\(run.standardOutput)")
            let drawn = run.standardOutput.split(separator: "\r").map(String.init)
            let posting = drawn.filter { $0.hasPrefix("posting: ") && $0.hasSuffix("\u{1B}[K") }
            #expect(!posting.isEmpty, "the line shows posting as it goes: \(drawn)")
            #expect(
                posting.contains { $0.contains(" of 100 · ") && $0.contains("/s · about ") && $0.contains(" left · ") },
                "with the rate and the time left: \(posting)")
            #expect(posting.last?.contains("files 1/1 · orders 100 recorded, ") == true, "\(posting)")
            let summary = try #require(drawn.last { $0.contains("100 posted") })
            #expect(
                summary.hasPrefix("\u{1B}[K"), "the line is cleared before the summary: \(summary.debugDescription)")
        }
    }

    @Test func aLongIntakeShowsItsOrdersOfTheFileAndTheTimeLeft() async throws {
        try await Harness.with { harness in
            // Orders not yet accepted at Mirakl: recorded as skipped, so the run is all intake.
            let generator = ExportGenerator(orderPrefix: "BIG", orderState: "WAITING_ACCEPTANCE")
            try harness.root.drop("export.csv", generator.export(orders: 0..<25_000))

            let run = try await Self.runOnTerminal(harness)

            #expect(run.exitCode == 0, "\(run.standardOutput)")
            let intake = run.standardOutput.split(separator: "\r").filter { $0.hasPrefix("intake: ") }
            #expect(
                intake.contains {
                    $0.contains(" of 25000 · ") && $0.contains("/s · about ") && $0.contains(" left · ")
                },
                "the file's orders, counted by its first reading, with the rate and time left: \(intake)")
            #expect(run.standardOutput.contains("25000 skipped"))
        }
    }

    @Test func withoutATerminalNothingButTheSummary() async throws {
        try await Harness.with(tipsa: Self.slowTIPSA, settings: Self.settings) {
            harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "CRON").export(orders: 0..<100))

            let run = try await harness.run()

            #expect(run.exitCode == 0)
            #expect(run.standardError.isEmpty, "\(run.standardError.debugDescription)")
            #expect(!run.standardOutput.contains("\r"))
            #expect(run.standardOutput.split(separator: "\n").count == 1, "\(run.standardOutput)")
        }
    }
}
