import Logging

/// Every carrier simulator, and Mirakl's when asked for, started together for `--sandbox`, `simulate`, the tests and
/// the benchmarks.
package final class Sandbox: Sendable {
    package let tipsa: TipsaSimulator
    package let ontime: OnTimeSimulator
    /// Nil unless `start` was given a behaviour for it: the carriers' tests need no marketplace.
    package let mirakl: MiraklSimulator?

    private init(tipsa: TipsaSimulator, ontime: OnTimeSimulator, mirakl: MiraklSimulator?) {
        self.tipsa = tipsa
        self.ontime = ontime
        self.mirakl = mirakl
    }

    /// Starts each simulator with its own behaviour (ports, latency, faults); Mirakl's only when `mirakl` is given.
    package static func start(
        tipsa: SimulatorBehaviour = .init(), ontime: SimulatorBehaviour = .init(), mirakl: SimulatorBehaviour? = nil,
        miraklOptions: MiraklSimulator.Options = .init(), logger: Logger
    ) async throws -> Sandbox {
        let tipsaSimulator = try await TipsaSimulator.start(behaviour: tipsa, logger: logger)
        let ontimeSimulator: OnTimeSimulator
        do {
            ontimeSimulator = try await OnTimeSimulator.start(behaviour: ontime, logger: logger)
        } catch {
            await tipsaSimulator.stop()
            throw error
        }
        guard let mirakl else { return Sandbox(tipsa: tipsaSimulator, ontime: ontimeSimulator, mirakl: nil) }
        do {
            let miraklSimulator = try await MiraklSimulator.start(
                options: miraklOptions, behaviour: mirakl, logger: logger)
            return Sandbox(tipsa: tipsaSimulator, ontime: ontimeSimulator, mirakl: miraklSimulator)
        } catch {
            await tipsaSimulator.stop()
            await ontimeSimulator.stop()
            throw error
        }
    }

    /// The environment that points every adapter, and the Mirakl client when there is a Mirakl simulator, at its
    /// simulator.
    package var environment: [String: String] {
        tipsa.environment
            .merging(ontime.environment) { first, _ in first }
            .merging(mirakl?.environment ?? [:]) { first, _ in first }
    }

    /// Calls answered by every simulator, Mirakl's included.
    package func totalCalls() async -> Int { tipsa.totalCalls + ontime.totalCalls + (mirakl?.totalCalls ?? 0) }

    /// Creates under `reference` at every simulator.
    package func createCount(reference: String) async -> Int {
        await tipsa.createCount(reference: reference) + ontime.createCount(reference: reference)
    }

    /// The shipment numbers booked under `reference` at every simulator.
    package func shipmentNumbers(reference: String) async -> [String] {
        await tipsa.shipmentNumbers(reference: reference) + ontime.shipmentNumbers(reference: reference)
    }

    /// Creates at every simulator.
    package func totalCreates() async -> Int { await tipsa.totalCreates() + ontime.totalCreates() }

    /// References booked more than once at any one simulator (should stay empty).
    package func duplicateReferences() async -> [String] {
        Array(Set(await tipsa.duplicateReferences() + ontime.duplicateReferences())).sorted()
    }

    package func stop() async {
        await tipsa.stop()
        await ontime.stop()
        await mirakl?.stop()
    }
}
