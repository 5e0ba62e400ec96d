import Foundation
import Testing
import Workspace

/// Who holds a root's run lock, as `health`, `/health` and `restore` read it from the kernel's list of locks.
@Suite struct RunLockTests {
    @Test func theHolderIsFoundAmongTheManyLocksOfABusyMachine() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "run-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Other locks before and after this root's: /proc/locks lists them all, well past its first 4 KB.
        func otherLocks(_ names: Range<Int>) throws -> [RunLock] {
            try names.map { try #require(try RunLock.acquire(at: folder + "/other-\($0).lock")) }
        }
        let before = try otherLocks(0..<150)
        let lock = try #require(try RunLock.acquire(at: folder + "/orchestrator.lock"))
        let after = try otherLocks(150..<300)

        let holder = RunLock.holder(at: folder + "/orchestrator.lock")

        #expect(holder == getpid())
        withExtendedLifetime((before, lock, after)) {}
    }
}
