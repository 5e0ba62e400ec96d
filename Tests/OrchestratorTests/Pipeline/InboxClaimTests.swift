import Foundation
import Ledger
import OrchestratorTesting
import Testing

@testable import Pipeline

/// Claiming a ready file: out of the inbox before it is read, or left there for the next run with the reason.
@Suite struct InboxClaimTests {
    static func ready(_ root: TemporaryRoot, _ name: String) -> InboxScanner.ReadyFile {
        InboxScanner.ReadyFile(name: name, path: root.layout.inbox + "/" + name, modified: Date())
    }

    /// Runs `body` on a new root with its folders and the claim folder made, and removes the root after.
    static func withClaim(_ body: (TemporaryRoot, InboxClaim) throws -> Void) throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        try root.layout.createFolders()
        let claim = InboxClaim(layout: root.layout, worker: .alone())
        try FileManager.default.createDirectory(atPath: claim.folder, withIntermediateDirectories: true)
        try body(root, claim)
    }

    @Test func aFileGoneBeforeItsClaimIsLeftWithTheReason() throws {
        try Self.withClaim { root, claim in
            let outcome = try claim.claim(Self.ready(root, "gone.csv"))

            guard case .left(let reason) = outcome else {
                Issue.record("claimed a file that is not there: \(outcome)")
                return
            }
            #expect(reason == "No such file or directory")
        }
    }

    @Test func aNameAnInterruptedRunStillHoldsWaitsInTheInbox() throws {
        try Self.withClaim { root, claim in
            try "earlier\n".write(toFile: claim.path(of: "export.csv"), atomically: true, encoding: .utf8)
            try root.drop("export.csv", "later\n")

            let outcome = try claim.claim(Self.ready(root, "export.csv"))

            guard case .left = outcome else {
                Issue.record("claimed over the earlier file: \(outcome)")
                return
            }
            #expect(try root.read("inbox/export.csv") == "later\n")
            #expect(try root.read("archive/.taking/export.csv") == "earlier\n")
        }
    }

    @Test func aClaimCutBetweenItsLinkAndUnlinkIsFinishedAndTheFileTakenOnce() throws {
        try Self.withClaim { root, claim in
            let inboxPath = try root.drop("export.csv", "order\n")
            #expect(link(inboxPath, claim.path(of: "export.csv")) == 0)

            let leftovers = claim.leftovers()

            #expect(leftovers.map(\.path) == [claim.path(of: "export.csv")])
            #expect(!FileManager.default.fileExists(atPath: inboxPath), "no longer also in the inbox")
        }
    }

    @Test func aCopyCutBeforeTheOriginalWentIsFinishedAndAChangedOriginalStays() throws {
        try Self.withClaim { root, claim in
            // From another file system the claim is a copy: killed after it, the original is still in the inbox.
            try "order\n".write(toFile: claim.path(of: "copied.csv"), atomically: true, encoding: .utf8)
            let copied = try root.drop("copied.csv", "order\n")
            try "order\n".write(toFile: claim.path(of: "rewritten.csv"), atomically: true, encoding: .utf8)
            let rewritten = try root.drop("rewritten.csv", "corrected order\n")

            let leftovers = claim.leftovers()

            #expect(Set(leftovers.map(\.name)) == ["copied.csv", "rewritten.csv"])
            #expect(!FileManager.default.fileExists(atPath: copied), "the same bytes: the claim is finished")
            #expect(FileManager.default.fileExists(atPath: rewritten), "other bytes: a new file, for the next run")
        }
    }

    @Test(
        .enabled(
            if: TemporaryMount.isPossible,
            "needs to mount a second file system: root, /bin/mount and a machine that allows it"))
    func anOriginalWrittenToWhileItIsCopiedFromAnotherFileSystemStaysInTheInbox() throws {
        try Self.withClaim { root, claim in
            let mount = try TemporaryMount(tmpfsAt: root.layout.inbox, megabytes: 64)
            defer { mount.unmount() }
            let inboxPath = root.layout.inbox + "/export.csv"
            #expect(FileManager.default.createFile(atPath: inboxPath, contents: Data(count: 4 << 20)))

            // A client still writing, in a process of its own: the file changes all through the copy.
            let writer = Process()
            writer.executableURL = URL(filePath: "/bin/sh")
            writer.arguments = ["-c", "while :; do printf 'more\\n' >>'\(inboxPath)'; done"]
            try writer.run()
            let outcome = try claim.claim(Self.ready(root, "export.csv"))
            // SIGKILL: a child of the test process inherits its blocked SIGTERM.
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()

            guard case .left(let reason) = outcome else {
                Issue.record("claimed a file that changed while it was copied: \(outcome)")
                return
            }
            #expect(reason == "it changed while it was copied from inbox/")
            #expect(FileManager.default.fileExists(atPath: inboxPath), "the original stays for the next run")
            #expect((try FileManager.default.contentsOfDirectory(atPath: claim.folder)).isEmpty, "no copy kept")
        }
    }
}
