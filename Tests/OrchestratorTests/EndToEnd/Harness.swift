import Foundation
import Ledger
import Logging
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// A temporary root, the carrier simulators on loopback and the built binary pointed at them: the way a user runs
/// the program, with carriers that count every create.
struct Harness {
    let root: TemporaryRoot
    let sandbox: Sandbox
    let binary: BuiltBinary

    /// Runs `body` with a harness whose root's configuration holds `settings` (a Mirakl simulator too with
    /// `mirakl`), then stops it (the simulators, the temporary root) once `body` is done, thrown or not: the next
    /// test never finds this one's servers still running.
    static func with<T>(
        tipsa: SimulatorBehaviour = .init(), ontime: SimulatorBehaviour = .init(), mirakl: SimulatorBehaviour? = nil,
        settings: Settings = .forTests, _ body: (Harness) async throws -> T
    ) async throws -> T {
        try await with(
            tipsa: tipsa, ontime: ontime, mirakl: mirakl, configurationText: SettingsWriter.yaml(settings), body)
    }

    /// The same with the configuration file's text as given, for the tests of the configuration file itself.
    static func with<T>(
        tipsa: SimulatorBehaviour = .init(), ontime: SimulatorBehaviour = .init(), mirakl: SimulatorBehaviour? = nil,
        configurationText: String, _ body: (Harness) async throws -> T
    ) async throws -> T {
        let harness = Harness(
            root: try TemporaryRoot(configurationText: configurationText),
            sandbox: try await Sandbox.start(
                tipsa: tipsa, ontime: ontime, mirakl: mirakl, logger: Logger(label: "test.sandbox")),
            binary: try BuiltBinary())
        do {
            let result = try await body(harness)
            await harness.stop()
            return result
        } catch {
            await harness.stop()
            throw error
        }
    }

    var environment: [String: String] { sandbox.environment }

    /// `orchestrator <command> --root <root> …`, run to the end.
    @discardableResult
    func run(
        _ command: String = "run", _ arguments: [String] = [], environment extra: [String: String] = [:]
    ) async throws
        -> BuiltBinary.Exit
    {
        try await binary.run(
            [command, "--root", root.path] + arguments, environment: environment.merging(extra) { _, new in new })
    }

    func start(
        _ command: String, _ arguments: [String] = [], environment extra: [String: String] = [:]
    ) throws -> RunningBinary {
        try binary.start(
            [command, "--root", root.path] + arguments, environment: environment.merging(extra) { _, new in new })
    }

    /// Waits until `orders` orders are tracked and `files` results files written, then stops `watchers` with
    /// SIGTERM; how each ended.
    func stopWhenDone(_ watchers: [RunningBinary], orders: Int, files: Int) async throws -> [BuiltBinary.Exit] {
        try await waitUntil(seconds: 120) {
            (try? trackedOrderIDs().count) ?? 0 >= orders && root.csvFiles(under: "outbox/results").count >= files
        }
        for watcher in watchers { watcher.signal(SIGTERM) }
        var exits: [BuiltBinary.Exit] = []
        for watcher in watchers { exits.append(await watcher.wait()) }
        return exits
    }

    /// Drops an export and runs with `ORCHESTRATOR_LEDGER_URL` set to `url`, whose password is `hunter2secret`:
    /// the run must stop at the ledger (exit 4) saying `reason`, the password nowhere, the export left in the inbox
    /// and nothing booked.
    func expectRunStopsAtTheLedger(_ url: String, saying reason: String) async throws {
        try root.drop("export.csv", ExportGenerator(orderPrefix: "REFUSED").export(orders: 0..<3))

        let run = try await run(environment: [LedgerLocation.environmentVariable: url])

        #expect(run.exitCode == 4)
        #expect(run.standardError.contains(reason), "\(run.standardError)")
        #expect(!(run.standardOutput + run.standardError).contains("hunter2secret"))
        #expect(root.files(under: "inbox") == ["export.csv"], "the export waits for the next run")
        #expect(await sandbox.totalCreates() == 0)
    }

    /// The rows of an outbox CSV (comma-separated, no BOM in tests), header first, parsed by the CSV module.
    func rows(_ relative: String) throws -> [[String]] {
        try CSVRows.read(root.layout.path(relative))
    }

    /// The order id of every row of every tracking file, a row per order it was written for.
    func trackedOrderIDs() throws -> [String] {
        try root.files(under: "outbox/tracking").flatMap { file in
            CSVRows.records(try rows("outbox/tracking/" + file)).map { $0["order_id"] ?? "" }
        }
    }

    func stop() async {
        await sandbox.stop()
        root.remove()
    }
}
