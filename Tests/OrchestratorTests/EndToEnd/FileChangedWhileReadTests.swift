import Foundation
import OrchestratorTesting
import Testing

/// A file the run is reading that an SFTP client writes again by its name, or a person deletes: the run takes the
/// file as it was when taken, whole, with the hash of what it read; a new file by that name waits for the next run.
@Suite struct FileChangedWhileReadTests {
    enum Meddling: String, CaseIterable {
        /// An SFTP client sends a corrected file under the same name.
        case rewrittenByName
        /// A person deletes the file.
        case deleted
    }

    @Test(arguments: Meddling.allCases)
    func theFileIsTakenAsItWasWhenTakenAndWhole(_ meddling: Meddling) async throws {
        try await Harness.with { harness in
            // Orders not yet accepted at Mirakl: recorded as skipped, so the run is all intake.
            let original = ExportGenerator(orderPrefix: "MEDDLE", orderState: "WAITING_ACCEPTANCE")
                .export(orders: 0..<5_000)
            let corrected = ExportGenerator(orderPrefix: "MEDDLE").export(orders: 5_000..<5_010)
            let inboxPath = try harness.root.drop("export.csv", original)

            let running = try harness.start("run")
            // The moment the run has taken the file out of the inbox, before it has read it.
            let clock = ContinuousClock()
            let started = clock.now
            while FileManager.default.fileExists(atPath: inboxPath), clock.now - started < .seconds(60) {
                try await Task.sleep(for: .milliseconds(1))
            }
            // In a folder of the worker's own under archive/.taking/ when workers share a PostgreSQL ledger.
            let isClaimed = harness.root.files(under: "archive/.taking").contains {
                ($0 as NSString).lastPathComponent == "export.csv"
            }
            switch meddling {
            case .rewrittenByName: try corrected.write(toFile: inboxPath, atomically: false, encoding: .utf8)
            case .deleted: #expect(unlink(inboxPath) != 0, "there is nothing left in the inbox to delete")
            }
            let first = await running.wait()
            let archived = try #require(harness.root.files(under: "archive").first { $0.hasSuffix("/export.csv") })
            let folder = harness.root.layout.path("archive/" + (archived as NSString).deletingLastPathComponent)
            let checksum = try Shell.run("cd '\(folder)' && sha256sum -c export.csv.sha256")
            let second = try await harness.run()

            #expect(isClaimed, "claimed before it is read")
            #expect(first.exitCode == 0, "\(first.standardOutput) \(first.standardError)")
            #expect(first.standardOutput.contains("5000 skipped"), "taken whole: \(first.standardOutput)")
            #expect(try harness.root.read("archive/" + archived) == original, "the archive holds what was read")
            #expect(checksum.status == 0, "the recorded hash is the hash of what was read: \(checksum.output)")
            #expect(second.exitCode == 0, "\(second.standardOutput) \(second.standardError)")
            switch meddling {
            case .rewrittenByName:
                #expect(second.standardOutput.contains("10 accepted"), "the new file, next: \(second.standardOutput)")
                #expect(harness.root.files(under: "archive").contains { $0.hasSuffix("/export-2.csv") })
            case .deleted:
                #expect(second.standardOutput.contains("0 file(s)"), "\(second.standardOutput)")
            }
            #expect(harness.root.files(under: "inbox").isEmpty && harness.root.files(under: "archive/.taking").isEmpty)
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
        }
    }
}
