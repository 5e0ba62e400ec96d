import Foundation
import Logging
import OrchestratorTesting
import Settings
import Simulators

// Throughput of 1, 2 and 3 `orchestrator watch` workers sharing one root and one PostgreSQL ledger: the same drop of
// 20 exports of 250 orders each, the carrier simulators answering after 50 ms, each worker held to PER_WORKER calls
// at once per carrier (the first argument, 8 by default) and all of them to three times that. Each worker count gets
// a new root, a new database and new simulators, which count the most calls they ever had in flight at once: that
// must never be above the total.
//
// Needs a PostgreSQL role that may create databases, in ORCHESTRATOR_TEST_POSTGRES_URL (as `scripts/postgres-scratch
// start DIR` prints), and the binary built beside this one: `swift build -c release`.

let files = 20
let ordersPerFile = 250
let perWorker = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 8
let total = 3 * perWorker
let latency = Duration.milliseconds(50)

guard TestLedger.isPostgres else {
    FileHandle.standardError.write(Data("set \(TestLedger.postgresVariable) to a PostgreSQL role's URL\n".utf8))
    exit(2)
}
let binary = try BuiltBinary()
let logger = Logger(label: "sharing-benchmark") { _ in SwiftLogNoOpLogHandler() }
var settings = Settings.forTests
settings.watch.pollIntervalSeconds = 0.2
settings.posting.concurrency = 64
for code in settings.carriers.keys {
    settings.carriers[code]?.maxCallsInFlight = total
    settings.carriers[code]?.maxCallsInFlightPerWorker = perWorker
}

/// The number of rows, header excluded, of every CSV file under `folder`.
func rowCount(under folder: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.reduce(0) { count, name in
        let lines = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))?.count { $0 == 0x0A } ?? 0
        return count + max(0, lines - 1)
    }
}

print(
    "orders: \(files * ordersPerFile) in \(files) files, carrier latency 50 ms, calls at once per carrier: "
        + "\(perWorker) per worker, \(total) in all")
print("workers  seconds  orders/s  speed-up  most TIPSA calls at once  most OnTime calls at once  duplicates")
var oneWorkerRate: Double?
for workers in 1...3 {
    let root = try TemporaryRoot(settings: settings)
    defer { root.remove() }
    let carrier = SimulatorBehaviour(latency: latency)
    let sandbox = try await Sandbox.start(tipsa: carrier, ontime: carrier, logger: logger)
    let generator = ExportGenerator(orderPrefix: "SHARE\(workers)")
    for file in 0..<files {
        try root.drop("drop-\(file).csv", generator.export(orders: file * ordersPerFile..<(file + 1) * ordersPerFile))
    }
    let started = ContinuousClock.now
    let running = try (0..<workers).map { _ in
        try binary.start(["watch", "--root", root.path, "--quiet"], environment: sandbox.environment)
    }
    while rowCount(under: root.layout.path("outbox/tracking")) < files * ordersPerFile
        || root.csvFiles(under: "outbox/results").count < files
    {
        try await Task.sleep(for: .milliseconds(50))
    }
    let elapsed = ContinuousClock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    for worker in running { worker.signal(SIGTERM) }
    for worker in running { _ = await worker.wait() }
    let rate = Double(files * ordersPerFile) / seconds
    oneWorkerRate = oneWorkerRate ?? rate
    let duplicates = await sandbox.duplicateReferences().count
    print(
        String(
            format: "%7d  %7.1f  %8.0f  %7.2fx  %24d  %25d  %10d", workers, seconds, rate,
            rate / (oneWorkerRate ?? rate),
            sandbox.tipsa.peakConcurrentCalls, sandbox.ontime.peakConcurrentCalls, duplicates))
    await sandbox.stop()
}
