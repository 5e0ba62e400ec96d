import Logging

/// Every carrier simulator, started together for `--sandbox`, `simulate`, the tests and the benchmarks.
public final class Sandbox: Sendable {
    public let tipsa: TipsaSimulator

    private init(tipsa: TipsaSimulator) {
        self.tipsa = tipsa
    }

    /// Starts each simulator with its own behaviour (ports, latency, faults).
    public static func start(tipsa: SimulatorBehaviour = .init(), logger: Logger) async throws -> Sandbox {
        Sandbox(tipsa: try await TipsaSimulator.start(behaviour: tipsa, logger: logger))
    }

    /// The environment that points every adapter at its simulator.
    public var environment: [String: String] { tipsa.environment }

    /// Calls answered by every simulator.
    public func totalCalls() async -> Int { tipsa.totalCalls }

    /// Creates at every simulator.
    public func totalCreates() async -> Int { await tipsa.totalCreates() }

    /// References booked more than once at any simulator (should stay empty).
    public func duplicateReferences() async -> [String] { await tipsa.duplicateReferences() }

    public func stop() async {
        await tipsa.stop()
    }
}
