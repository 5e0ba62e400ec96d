import Foundation
import Logging
import OrchestratorTesting
import Simulators
import Testing

/// A temporary root, a TIPSA simulator on loopback and the built binary pointed at it: the way a user runs the
/// program, with a carrier that counts every create.
struct Harness {
    let root: TemporaryRoot
    let simulator: TipsaSimulator
    let binary: BuiltBinary

    static func start(
        simulator options: TipsaSimulator.Options = .init(), configuration: String = TemporaryRoot.testConfiguration
    ) async throws -> Harness {
        Harness(
            root: try TemporaryRoot(configuration: configuration),
            simulator: try await TipsaSimulator.start(options: options, logger: Logger(label: "test.tipsa")),
            binary: try BuiltBinary())
    }

    var environment: [String: String] {
        [
            "TIPSA_URL": simulator.baseURL,
            "TIPSA_AGENCY": TipsaSimulator.Options.demoAgency,
            "TIPSA_CLIENT": TipsaSimulator.Options.demoClient,
            "TIPSA_PASSWORD": TipsaSimulator.Options.demoPassword,
        ]
    }

    /// `orchestrator <command> --root <root> …`, run to the end.
    @discardableResult
    func run(_ command: String = "run", _ arguments: [String] = [], environment extra: [String: String] = [:]) async throws
        -> BuiltBinary.Outcome
    {
        try await binary.run([command, "--root", root.path] + arguments, environment: environment.merging(extra) { _, new in new })
    }

    func start(_ command: String, _ arguments: [String] = [], environment extra: [String: String] = [:]) throws -> RunningBinary {
        try binary.start([command, "--root", root.path] + arguments, environment: environment.merging(extra) { _, new in new })
    }

    /// The rows of an outbox CSV (comma-separated, no BOM in tests), header first, parsed by the CSV module.
    func rows(_ relative: String) throws -> [[String]] {
        try CSVRows.read(root.layout.path(relative))
    }

    func stop() async {
        await simulator.stop()
        root.remove()
    }
}
