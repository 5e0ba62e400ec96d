import ArgumentParser
import Foundation
import JSONWriting
import Monitoring
import Settings

/// `orchestrator health`: one command for a monitor. Exit 0 healthy, 1 degraded (each problem on a line of its own,
/// with what to do), 2 configuration error. It reads only; secrets are never printed.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "Check the root, the ledger, the inbox and the orders; exit 1 if degraded.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @Option(name: .long, help: "Free space on the root's file system under which health is degraded, in MB.")
    var minFreeMb: Int64 = 1024

    func run() async throws {
        let settings: Settings
        do {
            settings = try SettingsFile.load(path: options.configPath.path, isRequired: options.configPath.isExplicit)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        let findings = HealthCheck(
            layout: options.layout, settings: settings, minimumFreeBytes: minFreeMb << 20,
            isMiraklConfigured: !(options.environment["MIRAKL_URL"] ?? "").isEmpty, now: Date()
        ).run()
        let problems = findings.filter(\.isProblem).count
        switch format {
        case .text:
            print(problems == 0 ? "healthy" : "degraded: \(problems) problem(s)")
            for finding in findings {
                print("\(finding.isProblem ? "PROBLEM" : "OK     ")  \(finding.check): \(finding.detail)")
            }
        case .json:
            let checks: [Any] = findings.map { ["check": $0.check, "ok": !$0.isProblem, "detail": $0.detail] }
            let document: [String: Any] = ["status": problems == 0 ? "healthy" : "degraded", "checks": checks]
            print(String(decoding: JSONWriter.data(document), as: UTF8.self))
        }
        throw ExitCode(problems == 0 ? 0 : 1)
    }
}
