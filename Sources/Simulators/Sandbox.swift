import Logging

/// Every carrier simulator, started together for `--sandbox`, `simulate`, the tests and the benchmarks.
public final class Sandbox: Sendable {
    public let tipsa: TipsaSimulator
    public let ontime: OnTimeSimulator

    private init(tipsa: TipsaSimulator, ontime: OnTimeSimulator) {
        self.tipsa = tipsa
        self.ontime = ontime
    }

    /// Starts each simulator with its own behaviour (ports, latency, faults).
    public static func start(
        tipsa: SimulatorBehaviour = .init(), ontime: SimulatorBehaviour = .init(), logger: Logger
    ) async throws -> Sandbox {
        let tipsaSimulator = try await TipsaSimulator.start(behaviour: tipsa, logger: logger)
        do {
            return Sandbox(tipsa: tipsaSimulator, ontime: try await OnTimeSimulator.start(behaviour: ontime, logger: logger))
        } catch {
            await tipsaSimulator.stop()
            throw error
        }
    }

    /// The environment that points every adapter at its simulator.
    public var environment: [String: String] { tipsa.environment.merging(ontime.environment) { first, _ in first } }

    /// Calls answered by every simulator.
    public func totalCalls() async -> Int { tipsa.totalCalls + ontime.totalCalls }

    /// Creates under `reference` at every simulator.
    public func createCount(reference: String) async -> Int {
        await tipsa.createCount(reference: reference) + ontime.createCount(reference: reference)
    }

    /// The shipment numbers booked under `reference` at every simulator.
    public func shipmentNumbers(reference: String) async -> [String] {
        await tipsa.shipmentNumbers(reference: reference) + ontime.shipmentNumbers(reference: reference)
    }

    /// Creates at every simulator.
    public func totalCreates() async -> Int { await tipsa.totalCreates() + ontime.totalCreates() }

    /// References booked more than once at any one simulator (should stay empty).
    public func duplicateReferences() async -> [String] {
        Array(Set(await tipsa.duplicateReferences() + ontime.duplicateReferences())).sorted()
    }

    public func stop() async {
        await tipsa.stop()
        await ontime.stop()
    }
}
