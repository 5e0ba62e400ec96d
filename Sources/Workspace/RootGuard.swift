import Foundation
import Synchronization

/// The roots this process works on, below which folders are made only inside the root's own folders: those (`inbox/`,
/// `outbox/`, `archive/`, `logs/`) are made when the root is set up, never on the way to a file.
///
/// When one is missing, the root is gone — its network share unmounted, the bare mount point left — and a folder made
/// there, with the label or review file meant for it, would vanish from sight once the share returns over it.
package enum RootGuard {
    private static let roots = Mutex<[String]>([])

    /// Guards `root` from now on, for the rest of the process.
    package static func guardFolders(of root: String) {
        roots.withLock { if !$0.contains(root) { $0.append(root) } }
    }

    /// Whether `folder`, missing, may be made with its missing parents: not below a guarded root whose own folder
    /// on the way to it is missing.
    static func mayMake(_ folder: String) -> Bool {
        roots.withLock { roots in
            roots.allSatisfy { root in
                guard folder.hasPrefix(root + "/") else { return true }
                let ownFolder = folder.dropFirst(root.count + 1).split(separator: "/").first.map(String.init) ?? ""
                return FileManager.default.fileExists(atPath: root + "/" + ownFolder)
            }
        }
    }
}
