import Foundation

extension RootLayout {
    /// Some file under `archive/`, relative to the root: the sign that runs have taken files here before.
    ///
    /// Nil when there is none.
    package func firstArchivedFile() -> String? {
        guard let files = FileManager.default.enumerator(atPath: archive) else { return nil }
        while let relative = files.nextObject() as? String {
            var isFolder: ObjCBool = false
            let name = (relative as NSString).lastPathComponent
            let exists = FileManager.default.fileExists(atPath: archive + "/" + relative, isDirectory: &isFolder)
            if exists, !isFolder.boolValue, !name.hasPrefix(".") {
                return "archive/" + relative
            }
        }
        return nil
    }

    /// Whether the ledger file is missing or empty (SQLite would start a new one there).
    package var isLedgerMissing: Bool {
        ((try? FileManager.default.attributesOfItem(atPath: ledger)[.size] as? Int) ?? 0) == 0
    }
}
