import Foundation
import Ledger
import Settings
import Workspace

/// A root folder under the system's temporary directory, laid out as `orchestrator init` would, with a configuration
/// (by default `Settings.forTests`: no settle time, quick retries).
///
/// Removed by `remove()`.
package struct TemporaryRoot: Sendable {
    package let layout: RootLayout

    /// A root whose configuration file holds `settings`.
    package init(settings: Settings = .forTests) throws {
        try self.init(configurationText: SettingsWriter.yaml(settings))
    }

    package init(configurationText: String) throws {
        let path = FileManager.default.temporaryDirectory.path + "/orchestrator-test-" + UUID().uuidString
        layout = RootLayout(root: path)
        try layout.createFolders()
        try configurationText.write(toFile: layout.path("orchestrator.yml"), atomically: true, encoding: .utf8)
    }

    package var path: String { layout.root }

    /// Where the root's ledger is: its SQLite file, or its own PostgreSQL database (`TestLedger`).
    package var ledgerLocation: LedgerLocation {
        get throws { try TestLedger.location(forRoot: layout.root) }
    }

    /// Puts a finished export into the inbox in one step, as an SFTP client renaming its upload would.
    @discardableResult
    package func drop(_ name: String, _ contents: String) throws -> String {
        try drop(name, Data(contents.utf8))
    }

    @discardableResult
    package func drop(_ name: String, _ data: Data) throws -> String {
        let staging = layout.root + "/.staging-" + UUID().uuidString
        try data.write(to: URL(fileURLWithPath: staging))
        let destination = layout.inbox + "/" + name
        try FileManager.default.moveItem(atPath: staging, toPath: destination)
        return destination
    }

    /// Every regular file below `relative`, as paths relative to it, sorted.
    package func files(under relative: String) -> [String] {
        let folder = layout.path(relative)
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + item, isDirectory: &isFolder), !isFolder.boolValue
            {
                files.append(item)
            }
        }
        return files.sorted()
    }

    /// The CSVs below `relative` (the review files without their `.xlsx` twins), as `files(under:)` lists them.
    package func csvFiles(under relative: String) -> [String] {
        files(under: relative).filter { $0.hasSuffix(".csv") }
    }

    package func read(_ relative: String) throws -> String {
        try String(contentsOfFile: layout.path(relative), encoding: .utf8)
    }

    package func remove() {
        TestLedger.remove(root: layout.root)
        try? FileManager.default.removeItem(atPath: layout.root)
    }
}
