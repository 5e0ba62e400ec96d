import Foundation
import Ledger
import Outbox
import Workspace

/// A backup of the root: a consistent copy of the ledger taken while a watcher runs, the configuration, and a
/// `MANIFEST.sha256` (`sha256sum -c` reads it).
///
/// Restoring verifies the manifest, keeps the ledger it replaces, and has every create looked up first: the backup is
/// older than what the carriers booked since.
package enum LedgerBackup {
    static let ledgerName = "ledger.sqlite"
    static let configurationName = "orchestrator.yml"
    static let manifestName = "MANIFEST.sha256"

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Writes the backup into `folder`, which must hold no backup yet; returns the files written.
    package static func take(
        of ledger: Ledger, configuration: String?, to folder: String
    ) throws -> [String] {
        guard !ledger.isInPostgres else { throw Failure(description: postgresNote("back it up with pg_dump")) }
        try AtomicFile.makeFolder(folder)
        let target = folder + "/" + ledgerName
        guard !FileManager.default.fileExists(atPath: folder + "/" + manifestName),
            !FileManager.default.fileExists(atPath: target)
        else { throw Failure(description: "\(folder) already holds a backup: choose an empty folder") }
        try ledger.backUp(to: target)
        var files = [ledgerName]
        if let configuration, FileManager.default.fileExists(atPath: configuration) {
            _ = try AtomicFile.createExactly(
                folder + "/" + configurationName, data: try Data(contentsOf: URL(fileURLWithPath: configuration)))
            files.append(configurationName)
        }
        let manifest = try files.map { "\(try FileDigest(path: folder + "/" + $0).sha256)  \($0)\n" }.joined()
        _ = try AtomicFile.createExactly(folder + "/" + manifestName, data: Data(manifest.utf8))
        return files + [manifestName]
    }

    /// Puts the backup's ledger in place of the root's, which is kept beside it; returns where it was kept, if there
    /// was one.
    ///
    /// The caller holds the run lock.
    package static func restore(from folder: String, into layout: RootLayout, at now: Date) throws -> String? {
        if case .postgres(let url) = try LedgerLocation.configured(sqlitePath: layout.ledger) {
            throw Failure(description: postgresNote("restore it with pg_restore or psql, into \(url.redacted)"))
        }
        try verify(folder)
        // The copy is whole and flushed beside the ledger before anything of the root's is moved.
        let source = folder + "/" + ledgerName
        guard let input = FileHandle(forReadingAtPath: source) else {
            throw Failure(description: "cannot open \(source)")
        }
        defer { try? input.close() }
        let incoming = layout.ledger + ".restoring"
        try AtomicFile.replace(incoming) { emit in
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty { try emit(chunk) }
        }
        var replaced: String?
        if !layout.isLedgerMissing {
            let keptAs = layout.ledger + ".replaced-" + now.fileStamp
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: layout.ledger + suffix) {
                try FileManager.default.moveItem(atPath: layout.ledger + suffix, toPath: keptAs + suffix)
            }
            replaced = keptAs
        }
        try FileManager.default.moveItem(atPath: incoming, toPath: layout.ledger)
        let ledger = try Ledger(path: layout.ledger)
        try ledger.requireLookUpsBeforeCreates(
            at: now, action: .restoreLedger, because: "the ledger was restored from \(folder)")
        return replaced
    }

    /// Why `backup` and `restore` leave a ledger in PostgreSQL to the database's own tools.
    private static func postgresNote(_ instead: String) -> String {
        "the ledger is in PostgreSQL (\(LedgerLocation.environmentVariable)), whose own tools keep it: \(instead), "
            + "or use the server's continuous archiving"
    }

    /// Every file the manifest names has its digest; the ledger is among them.
    private static func verify(_ folder: String) throws {
        let manifestPath = folder + "/" + manifestName
        guard let manifest = try? String(contentsOfFile: manifestPath, encoding: .utf8) else {
            throw Failure(description: "\(manifestPath) cannot be read: is \(folder) a backup?")
        }
        var names: [String] = []
        for line in manifest.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2 else { throw Failure(description: "\(manifestPath) has a line it cannot read") }
            let name = parts[1].trimmingCharacters(in: .whitespaces)
            let actual = try? FileDigest(path: folder + "/" + name).sha256
            guard actual == String(parts[0]) else {
                throw Failure(description: "\(folder)/\(name) does not match \(manifestName): nothing restored")
            }
            names.append(name)
        }
        guard names.contains(ledgerName) else {
            throw Failure(description: "\(manifestPath) names no \(ledgerName): nothing restored")
        }
    }
}
