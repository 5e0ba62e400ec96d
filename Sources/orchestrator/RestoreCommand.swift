import ArgumentParser
import Foundation
import Monitoring
import Workspace

/// `orchestrator restore --from DIR`: the backup's ledger in place of the root's, once its manifest checks out; refused
/// while a run holds the lock.
///
/// The ledger it replaces is kept, and every create is looked up first for the carriers' look-up horizon. The backup's
/// configuration is left in DIR for the operator to compare.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Put a backup's ledger back (not while a run works).",
        discussion: """
            Copies the backup's ledger beside the root's, keeps the one it replaces as \
            `logs/ledger.sqlite.replaced-<stamp>`, and, the backup being older than what the carriers booked since, \
            has every order looked up at its carrier before it is booked for the next 7 days (a `restore_ledger` \
            warning in `operations.csv`). The backup's configuration stays in the backup folder, to compare. A \
            ledger in PostgreSQL is refused (exit 2): restore it with pg_restore or psql.

            Exit: 0; 2 the folder is not a backup or does not match its manifest (nothing changed); 3 a run holds \
            the lock.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "The folder `orchestrator backup` wrote.")
    var from: String

    func run() async throws {
        let layout = options.layout
        try layout.createFolders()
        // The lock, but not the ledger: a damaged ledger is what a restore is for.
        guard let lock = try RunLock.acquire(at: layout.lockFile) else {
            throw CommandFailure(
                exitCode: CommandFailure.locked, message: "a run holds the lock on \(layout.root); nothing restored")
        }
        let replaced: String?
        do {
            replaced = try LedgerBackup.restore(from: from, into: layout, at: Date())
        } catch let failure as LedgerBackup.Failure {
            // Not a backup, or one that does not match its manifest: the folder given is wrong, nothing changed.
            throw CommandFailure.usage(failure.description)
        } catch {
            throw CommandFailure.fatal("\(error)")
        }
        withExtendedLifetime(lock) {}
        print(
            "restored the ledger from \(from)"
                + (replaced.map { "; the one it replaced is kept as \(layout.relative($0))" } ?? "")
                + ". For 7 days every order is looked up at its carrier before it is booked. The backup's "
                + "configuration stays in \(from): compare it with yours.")
    }
}
