import ArgumentParser
import Foundation
import Logging
import Simulators

/// `orchestrator simulate`: the carrier simulators on loopback, until interrupted.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate", abstract: "Serve the TIPSA simulator on loopback until interrupted.")

    @Option(name: .long, help: "TIPSA simulator port (0: any free port).")
    var tipsaPort = 8097

    @Option(name: .long, help: "Milliseconds added to every answer.")
    var latencyMs = 0

    func run() async throws {
        var options = TipsaSimulator.Options()
        options.port = tipsaPort
        options.latency = .milliseconds(latencyMs)
        let simulator = try await TipsaSimulator.start(options: options, logger: Logger(label: "simulate"))
        print("TIPSA simulator: TIPSA_URL=\(simulator.baseURL) TIPSA_AGENCY=\(options.agency) "
            + "TIPSA_CLIENT=\(options.client) TIPSA_PASSWORD=\(options.password)")
        // Whoever started us (a script, a test) reads this line now, not when the buffer fills.
        fflush(nil)
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
