import Foundation

/// The folders and files below one root (docs/reference/folders.md).
package struct RootLayout: Sendable, Equatable {
    package let root: String

    package init(root: String) {
        self.root = (root as NSString).standardizingPath
    }

    package var inbox: String { path("inbox") }
    package var outbox: String { path("outbox") }
    package var operationsLog: String { path("outbox/operations.csv") }
    package var ordersView: String { path("outbox/orders_view.csv") }
    package var results: String { path("outbox/results") }
    package var rejects: String { path("outbox/rejects") }
    package var tracking: String { path("outbox/tracking") }
    package var archive: String { path("archive") }
    package var logs: String { path("logs") }
    package var ledger: String { path("logs/ledger.sqlite") }
    package var logFile: String { path("logs/orchestrator.log") }
    package var lockFile: String { path("logs/orchestrator.lock") }

    package func labels(carrier: String) -> String { path("outbox/labels/\(carrier)") }

    /// `archive/YYYY/MM/DD`, `archive/failed/YYYY/MM/DD` or `archive/duplicates/YYYY/MM/DD` for `day` (UTC).
    package func archiveFolder(_ kind: ArchiveKind, day: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: day)
        let dated = String(format: "%04d/%02d/%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        switch kind {
        case .processed: return path("archive/\(dated)")
        case .failed: return path("archive/failed/\(dated)")
        case .duplicate: return path("archive/duplicates/\(dated)")
        }
    }

    /// The folders every run needs.
    package var folders: [String] { [inbox, outbox, results, rejects, tracking, archive, logs] }

    package func createFolders() throws {
        for folder in folders {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    /// `absolute` relative to the root, as stored in the ledger and shown to people.
    package func relative(_ absolute: String) -> String {
        absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : absolute
    }

    package func path(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : root + "/" + relative
    }
}

/// The three places an input file can end in.
package enum ArchiveKind: String, Sendable {
    case processed, failed, duplicate
}

extension Calendar {
    /// The Gregorian calendar in UTC: archive folders and stamps do not move with the server's time zone.
    package static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
