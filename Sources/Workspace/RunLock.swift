import Foundation

/// The lock that keeps two runs from working on one root at once.
///
/// The kernel releases it when the process ends, however it ends, so a killed run never leaves a stale lock behind.
package final class RunLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The lock, or nil at once when another process holds it.
    package static func acquire(at path: String) throws(FileSystemError) -> RunLock? {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError("open lock", path: path, errno: errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            close(descriptor)
            if failure == EWOULDBLOCK { return nil }
            throw FileSystemError("lock", path: path, errno: failure)
        }
        return RunLock(descriptor: descriptor)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The process that holds the lock at `path`, if one does, read from the kernel's list of locks without taking
    /// it (taking it even for a moment could turn a run starting then away).
    package static func holder(at path: String) -> pid_t? {
        var info = stat()
        // Read to its end: `String(contentsOfFile:)` stops after the first 4 KB of a file the kernel generates, and a
        // machine whose processes hold a hundred locks (SQLite takes several per connection) lists more than that.
        guard stat(path, &info) == 0, let list = try? FileHandle(forReadingAtPath: "/proc/locks")?.readToEnd() else {
            return nil
        }
        let locks = String(decoding: list, as: UTF8.self)
        // "1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF": the device in hex, then the inode.
        // glibc's major() and minor(), macros Swift does not import.
        let (dev, low) = (UInt64(info.st_dev), UInt64(0xfff))
        let major = ((dev >> 8) & low) | ((dev >> 32) & ~low)
        let minor = (dev & 0xff) | ((dev >> 12) & ~UInt64(0xff))
        let device = String(format: "%02llx:%02llx", major, minor)
        let inode = "\(device):\(info.st_ino)"
        for line in locks.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5] == inode else { continue }
            return pid_t(fields[4])
        }
        return nil
    }
}
