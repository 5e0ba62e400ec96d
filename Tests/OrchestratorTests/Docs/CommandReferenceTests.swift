import Foundation
import OrchestratorTesting
import Testing

/// The commands' reference page says what the commands themselves say: every command, its description and every option.
///
/// `ORCHESTRATOR_RECORD_DOCS=1` (what `scripts/command-reference` sets) rewrites the page instead.
@Suite struct CommandReferenceTests {
    static let page = DocsLinksTests.repository.appending(path: "docs/reference/commands.md")

    @Test func theCommandsPageHoldsEveryCommandAndOptionAsTheirHelpSaysIt() async throws {
        let dumped = try await BuiltBinary().run(["--experimental-dump-help"])
        try #require(dumped.exitCode == 0, "\(dumped.standardError)")
        let reference = try CommandReference(dumpedHelp: Data(dumped.standardOutput.utf8))
        let made = reference.markdown

        if ProcessInfo.processInfo.environment["ORCHESTRATOR_RECORD_DOCS"] == "1" {
            try made.write(to: Self.page, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(reference.commands.count >= 15 && reference.commonOptions.count >= 6)
        #expect(
            written == made,
            "docs/reference/commands.md is not what the commands say: run scripts/command-reference and commit it")
    }
}
