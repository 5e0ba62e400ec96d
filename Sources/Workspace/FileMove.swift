import Foundation

/// Moves a file within one file system without ever replacing a file already at the destination.
package enum FileMove {
    /// Moves `source` to exactly `destination`, or finishes a move that a crash interrupted (the file is already at
    /// `destination`, maybe still at `source` too). Never replaces a file at `destination`; a different file that
    /// has since taken `source`'s name is left where it is.
    /// Returns false when neither `source` nor `destination` exists: there is nothing to move.
    @discardableResult
    package static func finish(_ source: String, to destination: String) throws(FileSystemError) -> Bool {
        try AtomicFile.makeFolder((destination as NSString).deletingLastPathComponent)
        if link(source, destination) == 0 {
            AtomicFile.syncFolder(of: destination)
        } else {
            switch errno {
            case EEXIST:
                guard isSameFile(source, destination) else { return true }
            case ENOENT:
                return FileManager.default.fileExists(atPath: destination)
            default:
                throw FileSystemError("move into", path: destination, errno: errno)
            }
        }
        if unlink(source) != 0, errno != ENOENT { throw FileSystemError("remove", path: source, errno: errno) }
        AtomicFile.syncFolder(of: source)
        return true
    }

    /// A path in `folder` for `name` that no file has yet and `isTaken` does not claim: `name`, `stem-2.ext`, …
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
