import Foundation
import PackagePlugin

/// Generates `BuildCommit.swift`: the git commit the program is built from, for `orchestrator --version`.
///
/// It runs again when the checked-out commit moves (`.git/HEAD`, the branch it names, the packed refs); outside a git
/// checkout (a source archive) the commit is `unknown`.
@main struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let repository = context.package.directoryURL
        let git = repository.appending(path: ".git")
        let head = git.appending(path: "HEAD")
        var inputs = [head, git.appending(path: "packed-refs")]
        if let text = try? String(contentsOf: head, encoding: .utf8), text.hasPrefix("ref: ") {
            inputs.append(git.appending(path: text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit.swift")
        let script = """
            commit=$(git -C "$1" rev-parse --short=12 HEAD 2>/dev/null) || commit=unknown
            printf '/// The git commit this program was built from.\\nenum BuildCommit {\\n    static let hash = "%s"\\n}\\n' \
                "$commit" >"$2"
            """
        return [
            .buildCommand(
                displayName: "Stamping the git commit into \(target.name)",
                executable: URL(filePath: "/bin/sh"),
                arguments: ["-c", script, "sh", repository.path, output.path],
                inputFiles: inputs.filter { FileManager.default.fileExists(atPath: $0.path) },
                outputFiles: [output])
        ]
    }
}
