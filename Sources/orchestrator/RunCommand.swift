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
        let summary = try await Session.withLock(options, access: .working, booksShipments: true) { session in
            let progress = RunProgress()
            let pass = RunPass(context: session.context(progress: progress))
            pass.removeLeftovers()
            return try await ProgressLine.around(progress, wanted: options.wantsProgress) { try await pass.run() }
        }
        if !options.quiet || summary.exitCode != 0 { print(summary.line) }
        throw ExitCode(summary.exitCode)
    }
}
