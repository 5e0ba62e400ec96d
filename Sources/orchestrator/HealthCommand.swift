import ArgumentParser
import Foundation
import Logging
import Monitoring
import Settings
import Simulators

/// `orchestrator health`: one command for a monitor.
///
/// Exit 0 healthy, 1 degraded (each problem on a line of its own, with what to do), 2 configuration error. It reads
/// only; secrets are never printed.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "Check the root, the ledger, the inbox and the orders; exit 1 if degraded.",
        discussion: """
            For a monitor (cron and mail, Nagios or Icinga, a systemd timer), safe while a watcher runs: it reads \
            only, never takes the lock and prints no secret. One line per check, OK or PROBLEM with what to do:
            - the folders present and writable; free space on the root's file system against `--min-free-mb`;
            - the ledger: missing while `archive/` shows earlier runs, damaged (SQLite's quick_check), or of a \
            schema this version does not know;
            - which process holds the run lock and since when; the last run's end and exit code (a run that stopped \
            before finishing while no run holds the lock is a problem);
            - files waiting in the inbox (a problem after an hour) and files it will never take;
            - orders left POSTING by a run that stopped, TRACKED and unconfirmed to Mirakl for two hours, and every \
            FAILED_*;
            - each endpoint the configuration needs (each carrier routing uses, Mirakl when configured), within 10 s \
            and without retries.

            `--format json` prints one object: `status` (healthy or degraded) and `checks`, an array of objects with \
            `check`, `ok` (true or false) and `detail`.

            Exit: 0 healthy; 1 degraded; 2 configuration error.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

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
            let style = TerminalStyle.standardOutput
            print(problems == 0 ? style.fine("healthy") : style.problem("degraded: \(problems) problem(s)"))
            for finding in findings {
                let mark = finding.isProblem ? style.problem("PROBLEM") : style.fine("OK") + "     "
                print("\(mark)  \(finding.check): \(finding.detail)")
            }
        case .json:
            print(String(decoding: HealthFinding.json(findings), as: UTF8.self))
        }
        throw ExitCode(problems == 0 ? 0 : 1)
    }
}
