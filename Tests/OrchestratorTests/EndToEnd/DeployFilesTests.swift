import Foundation
import OrchestratorTesting
import Testing

/// The systemd units in `deploy/` are units systemd reads without a complaint, run against the built binary.
@Suite struct DeployFilesTests {
    static let deploy = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "deploy")
    static let analyzer = "/usr/bin/systemd-analyze"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyzer), "needs systemd-analyze"))
    func everyUnitVerifiesWithoutAWarning() throws {
        let binary = try BuiltBinary()
        let units = try FileManager.default.contentsOfDirectory(atPath: Self.deploy.path)
            .filter { $0.hasSuffix(".service") || $0.hasSuffix(".timer") }.sorted()
        try #require(units.count == 6, "\(units)")
        let folder = FileManager.default.temporaryDirectory.appending(path: "units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for unit in units {
            // The installed paths, as this machine has them: the built binary, no environment file.
            let text = try String(contentsOf: Self.deploy.appending(path: unit), encoding: .utf8)
                .replacingOccurrences(of: "/usr/local/bin/orchestrator", with: binary.path)
                .replacingOccurrences(of: "EnvironmentFile=/", with: "EnvironmentFile=-/")
            try text.write(to: folder.appending(path: unit), atomically: true, encoding: .utf8)
        }

        let process = Process()
        process.executableURL = URL(filePath: Self.analyzer)
        process.arguments = ["verify"] + units.map { folder.appending(path: $0).path }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        #expect(said.isEmpty, "systemd-analyze verify said: \(said)")
    }
}
