import Foundation
import Ledger
import Outbox
import Workspace

/// Moves claimed input files into place once the ledger has committed what they held, and finishes moves that a crash
/// interrupted.
///
/// Every file ends in exactly one of `archive/`, `archive/failed/`, `archive/duplicates/`.
struct Archiver {
    let context: RunContext
    let claim: InboxClaim

    /// A path (relative to the root) in `folder` for `name` that neither the disk nor the ledger has given out.
    func plan(folder: String, name: String, in ledger: LedgerTransaction) throws -> String {
        context.layout.relative(
            try FileMove.freeName(in: folder, for: name) { path in
                try ledger.isPathTaken(context.layout.relative(path))
            })
    }

    /// Moves the file to its planned place with its sidecar (checksum, or the reason it failed) and the rejects file,
    /// then records it done.
    ///
    /// Safe to call again after a crash at any point.
    func archive(_ file: InputFile) throws {
        guard let archivePath = file.archivePath else { return }
        try context.lease.requireHeld()
        let destination = context.layout.path(archivePath)
        let name = (destination as NSString).lastPathComponent
        var done = file
        let moved = try FileMove.finish(claim.path(of: file.name), to: destination)
        guard moved else {
            // Someone removed the claimed file before it could be archived; its orders are in the ledger.
            done.status = file.status == .failed ? .quarantined : .archived
            done.archivePath = nil
            try context.ledger.transaction("record a vanished file") { ledger in
                try ledger.update(done)
                try ledger.log(
                    OperationRecord(
                        scope: .intake, action: .archiveFile, status: .error,
                        message: "\(file.name) disappeared from archive/.taking/ before it could be archived",
                        meta: ["file.sha256": file.sha256], at: context.now()))
            }
            return
        }
        CrashPoint.duringArchiving.reach()
        if file.status == .failed {
            _ = try AtomicFile.createExactly(
                FileName.sidecar(of: destination, ending: ".error.txt"), data: Data(Self.errorText(file).utf8))
            done.status = .quarantined
        } else {
            let sidecar = "\(file.sha256)  \(name)\n"
            _ = try AtomicFile.createExactly(
                FileName.sidecar(of: destination, ending: ".sha256"), data: Data(sidecar.utf8))
            if let rejectsPath = file.rejectsPath, let fileID = file.id {
                let rejections = try context.ledger.rejections(fileID: fileID)
                let rejects = context.reviewFile(
                    rejectsPath, columns: RejectsFile.columns, sheetName: RejectsFile.sheetName)
                _ = try rejects.createExactly { add in
                    for rejection in rejections { try add(RejectsFile.row(rejection, inputName: file.name)) }
                }
            }
            done.status = .archived
        }
        unlink(context.layout.inbox + "/" + file.name + ".done")
        try context.ledger.update(done)
    }

    /// A byte-identical re-drop of a file already taken (claimed as `ready`): set aside, never processed again.
    func setAsideDuplicate(_ ready: InboxScanner.ReadyFile, digest: FileDigest, earlier: InputFile) throws {
        let folder = context.layout.archiveFolder(.duplicate, day: context.now())
        let destination = try FileMove.freeName(in: folder, for: ready.name)
        try FileMove.finish(ready.path, to: destination)
        unlink(context.layout.inbox + "/" + ready.name + ".done")
        let message =
            "\(ready.name) has the same content as \(earlier.name), taken on \(earlier.receivedAt.isoUTC); "
            + "set aside in \(context.layout.relative(destination))"
        try context.ledger.log([
            OperationRecord(
                scope: .intake, action: .duplicateFile, status: .skipped, message: message,
                meta: ["file.sha256": digest.sha256, "file.name": ready.name], at: context.now())
        ])
    }

    private static func errorText(_ file: InputFile) -> String {
        """
        \(file.name) could not be read as an order export and was not processed.
        Reason: \(file.error ?? "unknown")
        SHA-256: \(file.sha256)
        Size: \(file.size) bytes
        Received: \(file.receivedAt.isoUTC)
        Fix the file and drop it into inbox/ again; a corrected file is taken as new.

        """
    }
}
