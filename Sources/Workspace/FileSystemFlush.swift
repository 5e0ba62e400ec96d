import Foundation

/// Puts everything written to a file system on disk in one step (`syncfs(2)`): the files written with
/// `AtomicFile.Durability.atNextFlush`, their names, and any other dirty data of that file system.
package enum FileSystemFlush {
    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// glibc declares `syncfs` only under `_GNU_SOURCE`, which Swift's Glibc module does not set.
    private static let syncfs: SyncFS? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs")
        .map { unsafeBitCast($0, to: SyncFS.self) }

    /// Flushes the file system that holds `folder`.
    package static func flush(containing folder: String) throws(FileSystemError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError("open", path: folder, errno: errno) }
        defer { close(descriptor) }
        let result =
            syncfs.map { $0(descriptor) }
            ?? {
                sync()
                return 0
            }()
        guard result == 0 else { throw FileSystemError("flush", path: folder, errno: errno) }
    }
}
