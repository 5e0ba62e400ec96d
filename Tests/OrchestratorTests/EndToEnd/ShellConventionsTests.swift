import Foundation
import OrchestratorTesting
import Testing

/// The command line as a shell user and a script expect it: colour only on a terminal and never with `NO_COLOR`,
/// data on standard output and errors on standard error, and JSON from every command that lists something.
@Suite struct ShellConventionsTests {
    private static let escape = "\u{1B}["

    @Test(.needsATerminal) func colourOnlyOnATerminalAndNeverWithNoColor() async throws {
        try await Harness.with { harness in
            // Without the carriers' variables, routing's carriers are health problems: red on a terminal.
            let health = ["health", "--root", harness.root.path, "--min-free-mb", "1"]
            let coloured = try await harness.binary.runOnTerminal(
                health, environment: ["NO_COLOR": "", "TERM": "xterm"])
            let plain = try await harness.binary.runOnTerminal(health, environment: ["NO_COLOR": "1", "TERM": "xterm"])
            let piped = try await harness.binary.run(health, environment: ["NO_COLOR": ""])

            #expect(coloured.exitCode == 1 && piped.exitCode == 1, "\(coloured.standardOutput)")
            #expect(coloured.standardOutput.contains(Self.escape + "31mPROBLEM"), "\(coloured.standardOutput)")
            #expect(coloured.standardOutput.contains(Self.escape + "32mOK"), "\(coloured.standardOutput)")
            #expect(plain.standardOutput.contains("PROBLEM") && !plain.standardOutput.contains(Self.escape))
            #expect(piped.standardOutput.contains("PROBLEM") && !piped.standardOutput.contains(Self.escape))
        }
    }

    @Test func dataOnStandardOutputAndErrorsOnStandardError() async throws {
        try await Harness.with { harness in
            try harness.root.drop(SampleFiles.csvExport, try SampleFiles.data(SampleFiles.csvExport))
            try await harness.run()

            let listed = try await harness.run("orders", ["--format", "json"])
            let refused = try await harness.run("orders", ["--state", "LOST"])

            #expect(listed.exitCode == 0 && listed.standardError.isEmpty, "\(listed.standardError)")
            #expect(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) is [Any])
            #expect(refused.exitCode == 2 && refused.standardOutput.isEmpty, "\(refused.standardOutput)")
            #expect(refused.standardError.contains("unknown state 'LOST'"), "\(refused.standardError)")
        }
    }

    /// Every command that lists something, with the top-level keys (or members) a script may rely on.
    static let listings: [(arguments: [String], keys: Set<String>)] = [
        (["orders"], ["order_id", "state", "carrier", "tracking_number", "source_file", "updated_at"]),
        (["operations"], ["timestamp", "scope", "action", "order_id", "carrier", "status", "message"]),
        (["stats"], ["orders_by_state", "orders_by_carrier", "success", "runs"]),
        (["health", "--min-free-mb", "1"], ["status", "checks"]),
        (["verify"], ["files_checked", "labels_checked", "problems"]),
        (["prune", "--older-than", "0"], ["applied", "files", "bytes", "removed"]),
    ]

    @Test(arguments: listings)
    func everyListingSpeaksJSON(_ arguments: [String], keys: Set<String>) async throws {
        try await Harness.with { harness in
            try harness.root.drop(SampleFiles.csvExport, try SampleFiles.data(SampleFiles.csvExport))
            try await harness.run()

            let listed = try await harness.run(arguments[0], Array(arguments.dropFirst()) + ["--format", "json"])

            let json = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8))
            let members = (json as? [[String: Any]])?.first ?? json as? [String: Any] ?? [:]
            #expect(Set(members.keys).isSuperset(of: keys), "\(arguments): \(listed.standardOutput)")
        }
    }
}
