import Foundation
import OrchestratorTesting
import Testing

/// `deploy/install` as an integrator runs it, into a staging folder: the binary, a man page a command that `man`
/// shows without a warning, and completions that bash really completes with.
@Suite(.onTheSQLiteHalfOnly("installing does not depend on the ledger"))
struct DeployInstallTests {
    @Test func theBinaryItsManPagesAndItsCompletionsAreInstalled() async throws {
        let binary = try BuiltBinary()
        let manualMaker = URL(filePath: binary.path).deletingLastPathComponent().appending(path: "generate-manual").path
        try #require(
            FileManager.default.isExecutableFile(atPath: manualMaker),
            "no \(manualMaker): scripts/test builds it first (swift build --product generate-manual)")
        let staging = FileManager.default.temporaryDirectory.appending(path: "install-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: staging) }

        let installed = try Shell.run(
            "ORCHESTRATOR_GENERATE_MANUAL='\(manualMaker)' '\(DeployFilesTests.deploy.path)/install'"
                + " --binary '\(binary.path)' --destdir '\(staging)' --prefix /usr 2>&1")
        let usr = staging + "/usr"
        let version = try Shell.run("'\(usr)/bin/orchestrator' --version")
        let commands = try CommandReference(
            dumpedHelp: Data(try await binary.run(["--experimental-dump-help"]).standardOutput.utf8)
        ).commands.map(\.commandName)

        #expect(installed.status == 0, "\(installed.output)")
        #expect(version.status == 0 && version.output.hasPrefix("orchestrator "), "\(version.output)")
        for page in ["orchestrator"] + commands.map({ "orchestrator.\($0)" }) {
            let shown = try Shell.run("MANWIDTH=100 man --warnings -l '\(usr)/share/man/man1/\(page).1' 2>&1")
            #expect(shown.status == 0 && shown.output.contains("NAME"), "\(page): \(shown.output)")
            #expect(!shown.output.contains("warning:"), "man's and troff's own warnings: \(page): \(shown.output)")
        }
        let health = try Shell.run("MANWIDTH=100 man -l '\(usr)/share/man/man1/orchestrator.health.1'")
        #expect(health.output.contains("For a monitor"), "the page carries the command's whole description")

        let completion = "\(usr)/share/bash-completion/completions/orchestrator"
        #expect(try complete(completion, line: ["orchestrator", "ru"]) == "run")
        #expect(try complete(completion, line: ["orchestrator", "orders", "--format", ""]) == "table csv json")
        #expect(FileManager.default.fileExists(atPath: "\(usr)/share/zsh/site-functions/_orchestrator"))
        #expect(FileManager.default.fileExists(atPath: "\(usr)/share/fish/vendor_completions.d/orchestrator.fish"))
    }

    /// What bash offers at the end of `words`, the way it calls a completion function when Tab is pressed.
    private func complete(_ script: String, line words: [String]) throws -> String {
        let tab = """
            source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _orchestrator orchestrator "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"; echo "${COMPREPLY[*]}"
            """
        return try Shell.run("/bin/bash", ["-c", tab, script] + words).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
