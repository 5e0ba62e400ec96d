import ArgumentParser
import Foundation
import Logging
import Simulators

/// `orchestrator simulate`: the carrier simulators and a Mirakl simulator on loopback, until interrupted.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Serve the carrier and Mirakl simulators on loopback until interrupted.",
        discussion: """
            Prints the environment that points the program at them. The Mirakl simulator holds --mirakl-orders \
            orders in SHIPPING at start; POST /_simulator/orders?count=N adds more, POST \
            /_simulator/orders/ID/cancel cancels one, GET /_simulator/stats counts what it was told. Faults: \
            \(SimulatedFault.everyKind.map(\.description).joined(separator: ", ")).
            """)

    @Option(name: .long, help: "TIPSA simulator port (0: any free port).")
    var tipsaPort = 8097

    @Option(name: .long, help: "OnTime simulator port (0: any free port).")
    var ontimePort = 8098

    @Option(name: .long, help: "Mirakl simulator port (0: any free port).")
    var miraklPort = 8099

    @Option(name: .long, help: "How many generated orders in SHIPPING the Mirakl simulator holds at start.")
    var miraklOrders = 20

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
        guard miraklOrders >= 0 else { throw ValidationError("--mirakl-orders must be 0 or more") }
    }

    func behaviour(port: Int) -> SimulatorBehaviour {
        let faults = fault.compactMap(SimulatedFault.init(name:))
        return SimulatorBehaviour(
            port: port, latency: .milliseconds(latencyMs), latencyJitter: .milliseconds(jitterMs),
            faultRate: faultRate, faults: faults.isEmpty ? [.carrierTransient] : faults)
    }

    func run() async throws {
        // Orders fed to the program by file were exported from this same Mirakl by hand: it must know them.
        let sandbox = try await Sandbox.start(
            tipsa: behaviour(port: tipsaPort), ontime: behaviour(port: ontimePort), mirakl: behaviour(port: miraklPort),
            miraklOptions: .init(adoptsUnknownOrders: true), logger: Logger(label: "simulate"))
        await sandbox.mirakl?.addGeneratedOrders(count: miraklOrders)
        print(sandbox.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        // Whoever started us (a script, a test) reads this line now, not when the buffer fills.
        fflush(nil)
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
