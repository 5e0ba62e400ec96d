import ArgumentParser
import Foundation
import Logging
import Simulators

/// `orchestrator simulate`: the carrier simulators on loopback, until interrupted.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Serve the carrier simulators on loopback until interrupted.",
        discussion: """
            Prints the environment that points the program at them. Faults: \
            \(SimulatedFault.everyKind.map(\.description).joined(separator: ", ")).
            """)

    @Option(name: .long, help: "TIPSA simulator port (0: any free port).")
    var tipsaPort = 8097

    @Option(name: .long, help: "OnTime simulator port (0: any free port).")
    var ontimePort = 8098

    @Option(name: .long, help: "Milliseconds added to every answer.")
    var latencyMs = 0

    @Option(name: .long, help: "Up to this many more milliseconds, at random, added to every answer.")
    var jitterMs = 0

    @Option(name: .long, help: "Fraction (0-1) of calls that fail.")
    var faultRate = 0.0

    @Option(name: .long, parsing: .upToNextOption, help: "The faults handed out in turn (default: carrier-transient).")
    var fault: [String] = []

    func validate() throws {
        if let unknown = fault.first(where: { SimulatedFault(name: $0) == nil }) {
            throw ValidationError("unknown fault \(unknown)")
        }
        guard (0...1).contains(faultRate) else { throw ValidationError("--fault-rate must be between 0 and 1") }
    }

    func behaviour(port: Int) -> SimulatorBehaviour {
        let faults = fault.compactMap(SimulatedFault.init(name:))
        return SimulatorBehaviour(
            port: port, latency: .milliseconds(latencyMs), latencyJitter: .milliseconds(jitterMs),
            faultRate: faultRate, faults: faults.isEmpty ? [.carrierTransient] : faults)
    }

    func run() async throws {
        let sandbox = try await Sandbox.start(
            tipsa: behaviour(port: tipsaPort), ontime: behaviour(port: ontimePort), logger: Logger(label: "simulate"))
        print(sandbox.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        // Whoever started us (a script, a test) reads this line now, not when the buffer fills.
        fflush(nil)
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
