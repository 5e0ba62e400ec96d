import Exports
import Foundation

/// Finds the files in `inbox/` that are ready to take (docs/reference/input-formats.md): exports whose upload is
/// finished.
package struct InboxScanner: Sendable {
    /// Names of uploads in progress, as SFTP clients and editors write them.
    static let temporarySuffixes = [".part", ".partial", ".filepart", ".tmp", "~"]

    package var inbox: String
    /// A file modified less than this long ago may still be growing.
    package var settleSeconds: Double
    package var requiresDoneMarker: Bool

    package init(inbox: String, settleSeconds: Double, requiresDoneMarker: Bool) {
        self.inbox = inbox
        self.settleSeconds = settleSeconds
        self.requiresDoneMarker = requiresDoneMarker
    }

    /// A ready file: its name and when it was last modified.
    package struct ReadyFile: Sendable, Equatable {
        package var name: String
        package var path: String
        package var modified: Date
    }

    /// The ready files, oldest first (so that the newest export of an order is applied last).
    ///
    /// Files named in `complete` are known to be whole (this program wrote them, a fetch from Mirakl): no settle time,
    /// no marker.
    package func readyFiles(now: Date, complete: Set<String> = []) -> [ReadyFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: inbox)) ?? []
        var ready: [ReadyFile] = []
        for name in names where isCandidate(name) {
            let path = inbox + "/" + name
            var info = stat()
            // lstat: a symlink is never followed, so nothing outside the inbox is ever taken.
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let modified = info.modificationDate
            if !complete.contains(name) {
                guard now.timeIntervalSince(modified) >= settleSeconds else { continue }
                if requiresDoneMarker, !FileManager.default.fileExists(atPath: path + ".done") { continue }
            }
            ready.append(ReadyFile(name: name, path: path, modified: modified))
        }
        return ready.sorted { ($0.modified, $0.name) < ($1.modified, $1.name) }
    }

    package func isCandidate(_ name: String) -> Bool {
        guard !name.hasPrefix("."), ExportFile.isExportName(name) else { return false }
        let lower = name.lowercased()
        return !Self.temporarySuffixes.contains { lower.hasSuffix($0) }
    }
}
