import Foundation
import Ledger
import Workspace

/// What `orchestrator verify` checks: every file the ledger archived is where it says, holds the content the
/// ledger recorded, and has its sidecar (`.sha256` agreeing with both, or `.error.txt`); no file in the archive is
/// unknown to the ledger (set-aside duplicates apart); every label the ledger names exists.
package struct ArchiveVerification {
    let layout: RootLayout
    let ledger: Ledger

    package init(layout: RootLayout, ledger: Ledger) {
        self.layout = layout
        self.ledger = ledger
    }

    package struct Report: Sendable {
        package var filesChecked = 0
        package var labelsChecked = 0
        package var problems: [VerificationProblem] = []
    }

    package func run() throws -> Report {
        var report = Report()
        var known: Set<String> = []
        for file in try ledger.archivedFiles() {
            guard let archivePath = file.archivePath else { continue }
            report.filesChecked += 1
            let path = layout.path(archivePath)
            let isQuarantined = file.status == .quarantined
            let sidecar = FileName.sidecar(of: path, ending: isQuarantined ? ".error.txt" : ".sha256")
            known.formUnion([archivePath, layout.relative(sidecar)])
            guard let digest = try? FileDigest(path: path) else {
                report.problems.append(
                    VerificationProblem(
                        .missing, archivePath, "\(file.name), taken \(file.receivedAt.formatted(.iso8601))"))
                continue
            }
            if digest.sha256 != file.sha256 {
                report.problems.append(
                    VerificationProblem(.changed, archivePath, "not the content the ledger recorded"))
            }
            if isQuarantined {
                if !FileManager.default.fileExists(atPath: sidecar) {
                    report.problems.append(VerificationProblem(.missing, layout.relative(sidecar)))
                }
            } else if let text = try? String(contentsOfFile: sidecar, encoding: .utf8) {
                if !text.hasPrefix(file.sha256 + "  ") {
                    report.problems.append(
                        VerificationProblem(.changed, layout.relative(sidecar), "not the recorded SHA-256"))
                }
            } else {
                report.problems.append(VerificationProblem(.missing, layout.relative(sidecar)))
            }
        }
        for extra in archivedPaths().filter({ !known.contains($0) }) {
            report.problems.append(
                VerificationProblem(.extra, extra, "in the archive, but the ledger never put it there"))
        }
        try ledger.forEachLabelPath { labelPath in
            report.labelsChecked += 1
            if !FileManager.default.fileExists(atPath: layout.path(labelPath)) {
                report.problems.append(VerificationProblem(.missing, labelPath, "a label"))
            }
        }
        return report
    }

    /// Every file under `archive/`, relative to the root, but the duplicates set aside (the ledger keeps no row for
    /// them), files being taken (`.taking/`) and leftover temporaries.
    private func archivedPaths() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: layout.archive) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = layout.archive + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                !relative.hasPrefix("duplicates/"), !relative.hasPrefix(".taking/"),
                !relative.contains(AtomicFile.temporaryMarker)
            else { continue }
            paths.append("archive/" + relative)
        }
        return paths.sorted()
    }
}
