import Foundation

/// Moves a file without ever replacing a file already at the destination.
package enum FileMove {
    /// Moves `source` to exactly `destination`, or finishes a move that a crash interrupted (the file is already at
    /// `destination`, maybe still at `source` too).
    ///
    /// Never replaces a file at `destination`; a different file that has since taken `source`'s name is left where it
    /// is. Across file systems (`inbox/` on an SFTP chroot or an SMB mount), where a link cannot go, the file is copied
    /// whole and flushed, and the source is removed only once `isIntact` accepts the copy (the claim of an inbox file:
    /// its original did not change while copied); without `isIntact` the move must stay on one file system. Returns
    /// false when neither `source` nor `destination` exists: there is nothing to move.
    @discardableResult
    package static func finish(
        _ source: String, to destination: String, isIntact: ((_ copy: String) -> Bool)? = nil
    ) throws(FileSystemError) -> Bool {
        try AtomicFile.makeFolder((destination as NSString).deletingLastPathComponent)
        if link(source, destination) == 0 {
            AtomicFile.syncFolder(of: destination)
        } else {
            switch errno {
            case EEXIST:
                guard isSameFile(source, destination) else { return true }
            case ENOENT:
                return FileManager.default.fileExists(atPath: destination)
            case EXDEV:
                guard let isIntact else { throw FileSystemError("link into", path: destination, errno: EXDEV) }
                guard try copy(source, to: destination, isIntact: isIntact) else { return false }
            default:
                throw FileSystemError("move into", path: destination, errno: errno)
            }
        }
        if unlink(source) != 0, errno != ENOENT { throw FileSystemError("remove", path: source, errno: errno) }
        AtomicFile.syncFolder(of: source)
        return true
    }

    /// Copies `source` to exactly `destination` on another file system, or recognises the copy an interrupted move
    /// made; false when there is neither source nor copy.
    private static func copy(
        _ source: String, to destination: String, isIntact: (_ copy: String) -> Bool
    ) throws(FileSystemError) -> Bool {
        if !FileManager.default.fileExists(atPath: destination) {
            guard let input = FileHandle(forReadingAtPath: source) else {
                if !FileManager.default.fileExists(atPath: source) { return false }
                throw FileSystemError("open", path: source, errno: EACCES)
            }
            defer { try? input.close() }
            do {
                _ = try AtomicFile.createExactly(destination) { emit in
                    while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty { try emit(chunk) }
                }
            } catch let error as FileSystemError {
                throw error
            } catch {
                throw FileSystemError("copy into", path: destination, errno: EIO)
            }
        }
        guard isIntact(destination) else {
            throw FileSystemError("copy into (the copy does not hold what was read)", path: destination, errno: EIO)
        }
        return true
    }

    /// A path in `folder` for `name` that no file has yet and `isTaken` does not claim: `name`, then `stem-2.ext` and on.
    package static func freeName(
        in folder: String, for name: String, isTaken: (_ path: String) throws -> Bool = { _ in false }
    ) throws -> String {
        for candidate in FreeName.candidates(for: name) {
            let path = folder + "/" + candidate
            if !FileManager.default.fileExists(atPath: path), try !isTaken(path) { return path }
        }
        throw FileSystemError("find a free name for", path: folder + "/" + name, errno: EEXIST)
    }

    private static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
