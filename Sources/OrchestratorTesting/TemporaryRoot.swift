import Foundation
import Workspace

/// A root folder under the system's temporary directory, laid out as `orchestrator init` would, with a
/// configuration suited to tests (no settle time, quick retries). Removed by `remove()`.
package struct TemporaryRoot: Sendable {
    package let layout: RootLayout

    /// Settings for tests: files are taken at once, retries do not wait, carriers are not rate-limited.
    package static let testConfiguration = """
        intake:
          settle_seconds: 0
        carriers:
          tipsa: {max_calls_per_second: 0}
          ontime: {max_calls_per_second: 0}
        watch:
          poll_interval_seconds: 0.2
        posting:
          retry_attempts: 3
          retry_base_delay_seconds: 0.01
          retry_max_delay_seconds: 0.05
          call_timeout_seconds: 5
          connect_timeout_seconds: 0.5
        outbox:
          bom: false

        """

    /// The test settings with every order routed to TIPSA, for tests of TIPSA's own behaviour.
    package static let tipsaOnlyConfiguration = testConfiguration + """
        routing:
          - carrier: tipsa
            service: "48"

        """

    /// The test settings with Mirakl fetched at every run and its retries quick (a `Retry-After` is still honoured),
    /// with `more` lines (`retry_attempts: 30`) added to the `mirakl` section.
    package static func miraklConfiguration(_ more: String...) -> String {
        testConfiguration + (["mirakl:", "fetch_interval_seconds: 0", "retry_base_delay_seconds: 0.01",
            "retry_max_delay_seconds: 2", "max_calls_in_flight: 8", "max_calls_per_second: 0"] + more)
            .joined(separator: "\n  ") + "\n"
    }

    package init(configuration: String = TemporaryRoot.testConfiguration) throws {
        let path = FileManager.default.temporaryDirectory.path + "/orchestrator-test-" + UUID().uuidString
        layout = RootLayout(root: path)
        try layout.createFolders()
        try configuration.write(toFile: layout.path("orchestrator.yml"), atomically: true, encoding: .utf8)
    }

    package var path: String { layout.root }

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
            if FileManager.default.fileExists(atPath: folder + "/" + item, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(item)
            }
        }
        return files.sorted()
    }

    package func read(_ relative: String) throws -> String {
        try String(contentsOfFile: layout.path(relative), encoding: .utf8)
    }

    package func remove() {
        try? FileManager.default.removeItem(atPath: layout.root)
    }
}
