import ArgumentParser
import Foundation

@main
struct Orchestrator: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orchestrator",
        abstract: "Ships Mirakl marketplace orders with Spanish parcel carriers.",
        discussion: """
            Every command but `simulate` works on one root folder (`--root`, else $ORCHESTRATOR_ROOT, else the \
            current directory) and its configuration (`--config`, else $ORCHESTRATOR_CONFIG, else \
            `<root>/orchestrator.yml`; a missing default file means every default). The carriers' and Mirakl's \
            secrets come from the environment only. `orchestrator --version` prints the release and the git commit \
            the binary was built from. Data goes to standard output, errors to standard error; colour only on a \
            terminal and never with NO_COLOR set.

            Exit codes: 0 all done; 1 done, but some orders were rejected or failed, a file was quarantined or a \
            carrier could not be used; 2 usage or configuration error; 3 another run holds the lock (nothing done); \
            4 fatal (the ledger unreadable, damaged or lost, the disk full).
            """,
        version: "orchestrator \(version) (commit \(BuildCommit.hash))",
        subcommands: [
            InitCommand.self, RunCommand.self, WatchCommand.self, OrdersCommand.self, RetryCommand.self,
            RefreshTrackingCommand.self, FetchOrdersCommand.self, PushTrackingCommand.self, HealthCommand.self,
            OperationsCommand.self, StatsCommand.self, VerifyCommand.self, BackupCommand.self, RestoreCommand.self,
            PruneCommand.self,
            SimulateCommand.self,
        ]
    )

    /// The release; `--version` adds the git commit of the build.
    static let version = "0.9.0"

    /// Parses and runs the command, mapping failures to the documented exit codes (usage errors exit 2, not 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("orchestrator: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { Self.exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(CommandFailure.usage)
        }
    }
}
