import Connections
import Domain
import Foundation
import Ledger
import Logging
import OrchestratorTesting
import Pipeline
import Settings
import Simulators
import Workspace

// End-to-end orders per second against the carrier simulators over loopback: an export of N orders (first
// argument, default 2000) goes through a whole run (intake, posting, labels, handover, tracking file, review files),
// with the simulators answering at once and then after 50 ms (or the latencies given as further arguments, in ms).
// Each latency is run with every order routed to TIPSA, to OnTime, and with the default routing (both).
//
// Each carrier takes at most 32 calls in flight; 256 orders are worked on at once, so that orders waiting for their
// ledger commit do not leave call slots idle. The bound at a latency is what 32 calls in flight per carrier allow:
// orders ÷ (calls at the busier carrier ÷ 32 × latency); with one carrier, 32 ÷ (calls per order × latency). Build with `-c release` for meaningful numbers.

let orders = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2000
let latencies = CommandLine.arguments.dropFirst(2).compactMap(Int.init)
let inFlight = 32
// With BENCHMARK_LOG set, the run's log (each stage's duration among it) goes to standard error.
var logger = Logger(label: "posting-benchmark") { label -> any LogHandler in
    ProcessInfo.processInfo.environment["BENCHMARK_LOG"] == nil
        ? SwiftLogNoOpLogHandler() : StreamLogHandler.standardError(label: label)
}
logger.logLevel = .debug

/// CPU time this process has used so far in user space and in the kernel, simulators included.
func processCPUSeconds() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
}

func settings(routing: [RoutingRule]) -> Settings {
    var settings = Settings()
    settings.intake.settleSeconds = 0
    settings.posting.concurrency = 8 * inFlight
    settings.routing = routing
    for code in settings.carriers.keys {
        settings.carriers[code]?.maxCallsInFlight = inFlight
        settings.carriers[code]?.maxCallsPerSecond = 0
    }
    return settings
}

let routings: [(name: String, rules: [RoutingRule])] = [
    ("tipsa ", [RoutingRule(carrier: "tipsa", service: "48")]),
    ("ontime", [RoutingRule(carrier: "ontime", service: "70")]),
    ("both  ", Router.defaultRules),
]

// Every run's root is kept until the end: deleting thousands of label files between runs makes the next run's file
// creations slower (ext4 without a journal steps over the inodes freed in the last five minutes or more), which no
// real run sees. For the same reason, point TMPDIR at a new folder away from recent deletions (see docs/development/benchmarks.md).
let scratchRoot = FileManager.default.temporaryDirectory.path + "/posting-benchmark-" + UUID().uuidString
defer { try? FileManager.default.removeItem(atPath: scratchRoot) }

print("orders: \(orders), calls in flight per carrier: \(inFlight), orders in hand: \(8 * inFlight)")
for latencyMs in latencies.isEmpty ? [0, 50] : latencies {
    for routing in routings {
        let layout = RootLayout(
            root: scratchRoot + "/\(latencyMs)ms-" + routing.name.trimmingCharacters(in: .whitespaces))
        try layout.createFolders()
        try ExportGenerator(orderPrefix: "BENCH").export(orders: 0..<orders)
            .write(toFile: layout.inbox + "/export.csv", atomically: true, encoding: .utf8)

        let settings = settings(routing: routing.rules)
        let behaviour = SimulatorBehaviour(latency: .milliseconds(latencyMs))
        let sandbox = try await Sandbox.start(tipsa: behaviour, ontime: behaviour, logger: logger)
        let httpClient = CarrierRegistry.httpClient(settings: settings)
        let (carriers, unconfigured, callGates) = CarrierRegistry.clients(
            environment: sandbox.environment, httpClient: httpClient, settings: settings, logger: logger)
        let context = RunContext(
            layout: layout, settings: settings, ledger: try Ledger(path: layout.ledger), carriers: carriers,
            unconfiguredCarriers: unconfigured, fieldLimits: CarrierRegistry.fieldLimits, callGates: callGates,
            logger: logger,
            rootMarker: try RootMarker.establish(layout))

        let clock = ContinuousClock()
        var summary = RunSummary()
        let cpuBefore = processCPUSeconds()
        let elapsed = try await clock.measure { summary = try await RunPass(context: context).run() }
        let cpuAfter = processCPUSeconds()
        let (userSeconds, systemSeconds) = (cpuAfter.user - cpuBefore.user, cpuAfter.system - cpuBefore.system)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let callsPerOrder = Double(await sandbox.totalCalls()) / Double(max(1, orders))
        // The busier carrier bounds the run: its calls, 32 at a time, each taking the latency.
        let callsAtBusiestCarrier = Double(max(sandbox.tipsa.totalCalls, sandbox.ontime.totalCalls))
        let duplicates = await sandbox.duplicateReferences().count
        try await httpClient.shutdown().get()
        await sandbox.stop()

        let rate = Double(summary.ordersTracked) / seconds
        var line = String(
            format: "%@ latency %3d ms: %6.0f orders/s (%d tracked in %.2f s; per order %.2f calls, %.2f ms CPU, "
                + "%.2f of it in the kernel; %d duplicates)",
            routing.name, latencyMs, rate, summary.ordersTracked, seconds, callsPerOrder,
            (userSeconds + systemSeconds) * 1000 / Double(max(1, orders)),
            systemSeconds * 1000 / Double(max(1, orders)),
            duplicates)
        if latencyMs > 0 {
            let bound = Double(orders) / (callsAtBusiestCarrier / Double(inFlight) * Double(latencyMs) / 1000)
            line += String(format: "; bound %.0f orders/s, reached %.0f %%", bound, 100 * rate / bound)
        }
        print(line)
    }
}
