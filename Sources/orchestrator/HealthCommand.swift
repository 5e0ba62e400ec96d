import ArgumentParser
import Foundation
import Logging
import Monitoring
import Settings
import Simulators

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

    /// The clients' own log lines would only repeat what the findings say.
    private static let silent = Logger(label: "health") { _ in SwiftLogNoOpLogHandler() }

    func run() async throws {
        let settings: Settings
        do {
            settings = try SettingsFile.load(path: options.configPath.path, isRequired: options.configPath.isExplicit)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        var environment = options.environment
        var sandbox: Sandbox?
        if options.sandbox {
            let started = try await Sandbox.startDemo(logger: Self.silent)
            environment.merge(started.environment) { _, simulated in simulated }
            sandbox = started
        }
        let findings =
            HealthCheck(
                layout: options.layout, settings: settings, minimumFreeBytes: minFreeMb << 20,
                isMiraklConfigured: !(environment["MIRAKL_URL"] ?? "").isEmpty, now: Date()
            ).run()
            + (await EndpointCheck(environment: environment, settings: settings, logger: Self.silent).run())
        await sandbox?.stop()
        let problems = findings.filter(\.isProblem).count
        switch format {
        case .text:
            print(problems == 0 ? "healthy" : "degraded: \(problems) problem(s)")
            for finding in findings {
                print("\(finding.isProblem ? "PROBLEM" : "OK     ")  \(finding.check): \(finding.detail)")
            }
        case .json:
            print(String(decoding: HealthFinding.json(findings), as: UTF8.self))
        }
        throw ExitCode(problems == 0 ? 0 : 1)
    }
}
