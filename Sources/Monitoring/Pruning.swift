import Foundation
import Ledger
import Outbox
import Workspace

/// `orchestrator prune`: removes the files of the past that no order needs any more — archived inputs (with their
/// sidecar and their run's results and rejects files with their twins) whose orders are all final, labels and tracking
/// files of final orders, duplicates set aside — when older than the cutoff.
///
/// A dry run lists them; `apply` removes them, then the ledger forgets their paths (a file already gone counts as
/// removed, so an interrupted prune finishes on the next). The ledger's rows stay: a re-dropped file is still a
/// duplicate, and nothing is shipped twice.
package struct Pruning {
    let layout: RootLayout
    let ledger: Ledger

    package init(layout: RootLayout, ledger: Ledger) {
        self.layout = layout
        self.ledger = ledger
    }

    /// One file prune removes, relative to the root, and why it may go.
    package struct Item: Sendable {
        package var path: String
        package var bytes: Int64
        package var reason: String
    }

    package struct Plan: Sendable {
        package var items: [Item] = []
        fileprivate var inputs: [Ledger.PrunableInput] = []
        fileprivate var labels: [Ledger.PrunableLabel] = []
        fileprivate var trackingFiles: [String] = []

        package var bytes: Int64 { items.reduce(0) { $0 + $1.bytes } }
    }

    /// What prune would remove for `cutoff` (files of before it).
    package func plan(cutoff: Date) throws -> Plan {
        var plan = Plan()
        plan.inputs = try ledger.prunableInputs(takenBefore: cutoff)
        for input in plan.inputs {
            let sidecar = FileName.sidecar(
                of: input.archivePath, ending: input.isQuarantined ? ".error.txt" : ".sha256")
            let reason = input.isQuarantined ? "quarantined input" : "archived input, its orders final"
            let reviewFiles = [input.resultsPath, input.rejectsPath].compactMap { $0 }
            // A review file written before the twins existed has none.
            let twins = reviewFiles.map(ReviewFile.twin(of:)).filter {
                FileManager.default.fileExists(atPath: layout.path($0))
            }
            for path in [input.archivePath, sidecar] + reviewFiles + twins {
                plan.items.append(item(path, reason: reason))
            }
        }
        plan.labels = try ledger.prunableLabels(unchangedSince: cutoff)
        plan.items += plan.labels.map { item($0.path, reason: "label of final order \($0.orderID)") }
        plan.trackingFiles = try ledger.prunableTrackingFiles(unchangedSince: cutoff)
        plan.items += plan.trackingFiles.map { item($0, reason: "tracking file, its orders final") }
        plan.items += duplicates(setAsideBefore: cutoff).map { item($0, reason: "duplicate set aside") }
        return plan
    }

    /// Removes what `plan` lists, then has the ledger forget the paths and log what was done; returns how many
    /// files were removed (those already gone not counted).
    package func apply(_ plan: Plan, at now: Date) throws -> Int {
        var removed = 0
        for item in plan.items {
            let path = layout.path(item.path)
            if unlink(path) == 0 {
                removed += 1
            } else if errno != ENOENT {
                throw FileSystemError("remove", path: path, errno: errno)
            }
        }
        try ledger.recordPruned(
            inputs: plan.inputs, labels: plan.labels, trackingFiles: plan.trackingFiles,
            operation: OperationRecord(
                scope: .orchestrator, action: .prune, status: .ok,
                message: "removed \(removed) file(s), \(plan.bytes) bytes: \(plan.inputs.count) input file(s), "
                    + "\(plan.labels.count) label(s), \(plan.trackingFiles.count) tracking file(s)",
                at: now))
        removeEmptyFolders(under: layout.archive)
        return removed
    }

    private func item(_ path: String, reason: String) -> Item {
        let attributes = try? FileManager.default.attributesOfItem(atPath: layout.path(path))
        return Item(path: path, bytes: (attributes?[.size] as? NSNumber)?.int64Value ?? 0, reason: reason)
    }

    /// Files under `archive/duplicates/YYYY/MM/DD/` whose day ended before `cutoff`.
    private func duplicates(setAsideBefore cutoff: Date) -> [String] {
        let folder = layout.path("archive/duplicates")
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            let parts = relative.split(separator: "/", maxSplits: 3)
            guard parts.count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                let start = Calendar.utc.date(from: DateComponents(year: year, month: month, day: day)),
                start.addingTimeInterval(86_400) <= cutoff
            else { continue }
            paths.append("archive/duplicates/" + relative)
        }
        return paths.sorted()
    }

    /// Removes the day, month and year folders prune emptied (never `archive/` itself).
    private func removeEmptyFolders(under root: String) {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        var folders: [String] = []
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder),
                isFolder.boolValue
            {
                folders.append(root + "/" + relative)
            }
        }
        // Deepest first, so a month empties once its days are gone; rmdir leaves a folder that is not empty.
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(folder) }
    }
}
