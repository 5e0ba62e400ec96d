import Foundation
import Ledger
import Workspace

/// Takes a ready file out of the inbox before a byte of it is read: moved into `archive/.taking/` (a link, or from
/// another file system a copy, kept only if the original did not change while it was copied), where no SFTP client or
/// person reaches it.
///
/// What intake then hashes, reads and archives stays put: a client that rewrites the file by its name, or a person who
/// deletes or replaces it, changes the inbox, not the file being taken, and a new file by that name is taken on the
/// next run. A run killed before the claimed file is archived leaves it claimed; the next run takes it first (it is
/// older than anything still in the inbox).
///
/// Workers sharing a ledger each claim into a folder of their own, `archive/.taking/<worker>/`, by a rename that
/// only one of them can win; a worker whose lease ran out leaves its folder to the first worker that adopts it.
struct InboxClaim {
    let layout: RootLayout
    let worker: Worker

    private var sharedFolder: String { layout.archive + "/.taking" }

    var folder: String { worker.sharesWork ? sharedFolder + "/" + worker.id : sharedFolder }

    func path(of name: String) -> String { folder + "/" + name }

    func isClaimed(_ file: InboxScanner.ReadyFile) -> Bool { file.path == path(of: file.name) }

    /// Files claimed by a run that was killed before archiving them, oldest first.
    ///
    /// A claim the kill cut before the inbox name was unlinked — after the link, or after the whole copy from another
    /// file system (the same bytes) — is finished first, so that the file is not also taken from there.
    func leftovers() -> [InboxScanner.ReadyFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.contains(AtomicFile.temporaryMarker) }.compactMap { name in
            var info = stat()
            guard lstat(path(of: name), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            let inboxName = layout.inbox + "/" + name
            var inInbox = stat()
            if lstat(inboxName, &inInbox) == 0,
                inInbox.isSameFile(as: info) || holdsSameBytes(inboxName, path(of: name))
            {
                unlink(inboxName)
            }
            return InboxScanner.ReadyFile(name: name, path: path(of: name), modified: info.modificationDate)
        }.sorted { ($0.modified, $0.name) < ($1.modified, $1.name) }
    }

    /// Moves into this worker's folder the files claimed by workers that no longer run (none of `live`), and files an
    /// earlier version left directly in `archive/.taking/`; each is then taken as a leftover of this worker's.
    ///
    /// A rename moves each to one worker only. Alone on its ledger, a process finds its predecessors' files in its own
    /// folder already.
    func adoptClaims(ofWorkersOtherThan live: Set<String>) throws {
        guard worker.sharesWork else { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: sharedFolder)) ?? []
        for entry in entries where entry != worker.id && !live.contains(entry) {
            let path = sharedFolder + "/" + entry
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    try adopt(path + "/" + name, named: name)
                }
                rmdir(path)
            case S_IFREG:
                try adopt(path, named: entry)
            default:
                continue
            }
        }
    }

    private func adopt(_ path: String, named name: String) throws {
        guard !name.contains(AtomicFile.temporaryMarker), !FileManager.default.fileExists(atPath: self.path(of: name))
        else { return }
        try AtomicFile.makeFolder(folder)
        guard rename(path, self.path(of: name)) == 0 || errno == ENOENT else {
            throw FileSystemError("move into", path: self.path(of: name), errno: errno)
        }
        AtomicFile.syncFolder(of: self.path(of: name))
    }

    private func holdsSameBytes(_ first: String, _ second: String) -> Bool {
        guard let one = try? FileDigest(path: first), let other = try? FileDigest(path: second) else { return false }
        return one == other
    }

    enum Outcome {
        case claimed(InboxScanner.ReadyFile)
        /// Another worker sharing the ledger took it first.
        case taken
        /// Left in the inbox, for the next run, because of `reason`.
        case left(reason: String)
    }

    func claim(_ ready: InboxScanner.ReadyFile) throws -> Outcome {
        let destination = path(of: ready.name)
        if FileManager.default.fileExists(atPath: destination) {
            return .left(reason: "a file of that name from an interrupted run is taken first")
        }
        let descriptor = open(ready.path, O_RDONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { return .left(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var before = stat()
        fstat(descriptor, &before)
        if worker.sharesWork {
            // A link would let two workers both take the file; a rename is won by one. Across file systems the
            // copy below is taken, and the ledger's claim on the file's content stops a second worker.
            try AtomicFile.makeFolder(folder)
            if rename(ready.path, destination) == 0 {
                AtomicFile.syncFolder(of: destination)
                AtomicFile.syncFolder(of: ready.path)
                return .claimed(InboxScanner.ReadyFile(name: ready.name, path: destination, modified: ready.modified))
            }
            if errno == ENOENT { return .taken }
            guard errno == EXDEV else { throw FileSystemError("move into", path: destination, errno: errno) }
        }
        do {
            let isMoved = try FileMove.finish(ready.path, to: destination) { _ in
                var after = stat()
                return fstat(descriptor, &after) == 0 && after.isUnchanged(since: before)
            }
            guard isMoved else { return .left(reason: "it disappeared from inbox/ before it could be taken") }
        } catch {
            // The copy from another file system did not keep what the original held; a full disk stops the run.
            guard error.errno == EIO else { throw error }
            unlink(destination)
            return .left(reason: "it changed while it was copied from inbox/")
        }
        return .claimed(InboxScanner.ReadyFile(name: ready.name, path: destination, modified: ready.modified))
    }
}

extension stat {
    var modificationDate: Date {
        Date(timeIntervalSince1970: Double(st_mtim.tv_sec) + Double(st_mtim.tv_nsec) / 1e9)
    }

    func isSameFile(as other: stat) -> Bool { st_dev == other.st_dev && st_ino == other.st_ino }

    /// The same file with the same size, modification and change times: nothing wrote to it in between.
    func isUnchanged(since earlier: stat) -> Bool {
        isSameFile(as: earlier) && st_size == earlier.st_size
            && st_mtim.tv_sec == earlier.st_mtim.tv_sec && st_mtim.tv_nsec == earlier.st_mtim.tv_nsec
            && st_ctim.tv_sec == earlier.st_ctim.tv_sec && st_ctim.tv_nsec == earlier.st_ctim.tv_nsec
    }
}
