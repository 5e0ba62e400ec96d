import Foundation

/// The lock that keeps two runs from working on one root at once. The kernel releases it when the process
/// ends, however it ends, so a killed run never leaves a stale lock behind.
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
}
