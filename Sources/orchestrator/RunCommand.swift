import ArgumentParser
import Foundation
import Ledger
import Pipeline
import Workspace

/// `orchestrator run`: one pass over the root, then exit (for cron).
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Take every ready file, post its orders, write tracking and archive; then exit.",
        discussion: """
            One pass for cron: fetches from Mirakl when the API is configured and `mirakl.fetch_interval_seconds` \
            has passed, takes every ready file in `inbox/`, checks and routes its orders, books them with their \
            carriers, saves the labels, writes the tracking file, confirms the shipments to Mirakl, rewrites the \
            review files under `outbox/`, and archives the inputs. It holds the run lock for the whole pass.

            While it works, a terminal (standard error) shows one line kept up to date twice a second: the stage, \
            its work done and rate, the time left, files taken, and the orders recorded, posted and confirmed. The \
            line is cleared before the summary; cron and systemd, whose standard error is no terminal, get only the \
            summary, and so do `--quiet` and `--verbose`.

            Exit: 0 all done; 1 done, but an order was rejected or failed, a file was quarantined or a carrier could \
            not be used; 2 configuration error; 3 another run holds the lock (nothing done); 4 fatal (the ledger \
            unreadable or lost, the disk full).
            """)

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let summary = try await Session.with(options, access: .working, booksShipments: true) { session in
            let progress = RunProgress()
            let pass = RunPass(context: session.context(progress: progress))
            pass.removeLeftovers()
            return try await ProgressLine.around(progress, wanted: options.wantsProgress) { try await pass.run() }
        }
        if !options.quiet || summary.exitCode != 0 { print(summary.line) }
        throw ExitCode(summary.exitCode)
    }
}
