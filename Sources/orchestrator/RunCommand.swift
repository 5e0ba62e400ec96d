import ArgumentParser
import Foundation
import Ledger
import Pipeline
import Workspace

/// `orchestrator run`: one pass over the root, then exit (for cron).
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Take every ready file, post its orders, write tracking and archive; then exit.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let session = try await Session.open(options, access: .exclusive)
        let summary: RunSummary
        do {
            let pass = RunPass(context: session.context())
            pass.removeLeftovers()
            summary = try await pass.run()
        } catch {
            await session.close()
            throw PassFailure.fatal(error)
        }
        await session.close()
        if !options.quiet || summary.exitCode != 0 { print(summary.line) }
        throw ExitCode(summary.exitCode)
    }
}

/// An error that stops a pass: the ledger or the disk failed under it (exit 4).
enum PassFailure {
    static func fatal(_ error: any Error) -> CommandFailure {
        CommandFailure.fatal("run stopped: \(error)")
    }
}
