import ArgumentParser
import Foundation
import Monitoring

/// `orchestrator backup --to DIR`: a consistent copy of the ledger, taken while a watcher runs, with the
/// configuration and a SHA-256 manifest.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the ledger (consistently, even while a run works) and the configuration.",
        discussion: """
            A consistent copy of the ledger (SQLite's VACUUM INTO, so a watcher may keep working), the \
            configuration, and `MANIFEST.sha256`, which `sha256sum -c` reads, into a folder that holds no backup \
            yet. A ledger in PostgreSQL is refused (exit 2): back it up with PostgreSQL's own tools (pg_dump, \
            continuous archiving).

            Exit: 0; 2 the folder already holds a backup or cannot be written; 4 fatal.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "An empty folder for the backup.")
    var to: String

    func run() async throws {
        let files = try await Session.with(options, access: .shared) { session in
            do {
                return try LedgerBackup.take(of: session.ledger, configuration: options.configPath.path, to: to)
            } catch let failure as LedgerBackup.Failure {
                throw CommandFailure.usage(failure.description)
            }
        }
        if !options.quiet { print("backed up \(files.joined(separator: ", ")) to \(to)") }
    }
}
