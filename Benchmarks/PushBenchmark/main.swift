import Connections
import Foundation
import Ledger
import Logging
import Mirakl
import Pipeline
import Settings
import Simulators
import Workspace

// Orders confirmed to Mirakl per second (`orchestrator push-tracking`: OR23 then OR24 per order, each committed to the
// ledger), against the Mirakl simulator answering after a latency (default 50 ms). N orders (first argument,
// default 1000) are fetched from the simulator and shipped with the carrier simulators answering at once; then the
// push is timed, review files included, at each number of calls in flight given (default 4, the configuration's
// default, and 8 and 16). The bound is what the calls in flight allow: in flight ÷ (2 calls × latency).
// Build with `-c release` for meaningful numbers.

let orders = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000
let latencyMs = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 50
let inFlights = CommandLine.arguments.dropFirst(3).compactMap(Int.init)
let logger = Logger(label: "push-benchmark") { _ in SwiftLogNoOpLogHandler() }

// A new folder under TMPDIR for every run, kept until the end (see docs/development/benchmarks.md on why).
let scratchRoot = FileManager.default.temporaryDirectory.path + "/push-benchmark-" + UUID().uuidString
defer { try? FileManager.default.removeItem(atPath: scratchRoot) }

print("orders: \(orders), Mirakl latency: \(latencyMs) ms")
for inFlight in inFlights.isEmpty ? [4, 8, 16] : inFlights {
    var settings = Settings()
    settings.intake.settleSeconds = 0
    settings.mirakl.maxCallsInFlight = inFlight
    settings.mirakl.maxCallsPerSecond = 0
    for code in settings.carriers.keys { settings.carriers[code]?.maxCallsPerSecond = 0 }

    let layout = RootLayout(root: scratchRoot + "/in-flight-\(inFlight)")
    try layout.createFolders()
    let sandbox = try await Sandbox.start(mirakl: SimulatorBehaviour(), logger: logger)
    guard let mirakl = sandbox.mirakl else { fatalError("the sandbox started no Mirakl simulator") }
    await mirakl.addGeneratedOrders(count: orders, prefix: "PUSH")
    let httpClient = CarrierRegistry.httpClient(settings: settings)
    let (carriers, unconfigured, callGates) = CarrierRegistry.clients(
        environment: sandbox.environment, httpClient: httpClient, settings: settings, logger: logger)
    let ledger = try Ledger(path: layout.ledger)
    // Shipped without Mirakl in the context: the orders wait TRACKED for the push being measured.
    let shipping = RunContext(
        layout: layout, settings: settings, ledger: ledger, carriers: carriers, unconfiguredCarriers: unconfigured,
        fieldLimits: CarrierRegistry.fieldLimits,
        callGates: callGates, logger: logger, rootMarker: try RootMarker.establish(layout))
    guard
        let client = try MiraklConnection.client(
            environment: sandbox.environment, httpClient: httpClient, settings: settings, logger: logger)
    else { fatalError("the sandbox's environment configures no Mirakl") }
    _ = try await MiraklRoundTrip(context: shipping, client: client).fetch()
    let shipped = try await RunPass(context: shipping).run()

    // The latency applies from here on: only the push waits for Mirakl.
    let slowMirakl = try await MiraklSimulator.start(
        options: .init(adoptsUnknownOrders: true), behaviour: SimulatorBehaviour(latency: .milliseconds(latencyMs)),
        logger: logger)
    guard
        let slowClient = try MiraklConnection.client(
            environment: slowMirakl.environment, httpClient: httpClient, settings: settings, logger: logger)
    else { fatalError("the simulator's environment configures no Mirakl") }
    let clock = ContinuousClock()
    var summary = RunSummary()
    let elapsed = try await clock.measure {
        summary = try await MiraklRoundTrip(context: shipping, client: slowClient).push()
    }
    let calls = slowMirakl.totalCalls
    let peak = slowMirakl.peakConcurrentCalls
    try await httpClient.shutdown().get()
    await slowMirakl.stop()
    await sandbox.stop()

    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = Double(summary.ordersConfirmed) / seconds
    let bound = Double(inFlight) / (2 * Double(latencyMs) / 1000)
    print(
        String(
            format:
                "in flight %2d: %6.1f orders/s (%d of %d tracked confirmed in %.2f s, %d calls, at most %d at once); "
                + "bound %.0f orders/s, reached %.1f %%",
            inFlight, rate, summary.ordersConfirmed, shipped.ordersTracked, seconds, calls, peak, bound,
            100 * rate / bound))
}
