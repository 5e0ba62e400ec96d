import CSV
import Connections
import Foundation
import Ledger
import Logging
import OrchestratorTesting
import Outbox
import Pipeline
import Settings
import Workspace

// What the `.xlsx` twin costs: a ledger of N orders (first argument, default 100,000) is made by the intake of a
// generated export, then `outbox/orders_view.csv` is rewritten from it alone (what a run did before the twins) and
// with its `orders_view.xlsx` twin (what a run does now), each three times, alternating, and the medians printed.
// Then each kind of rewrite runs once more in a process of its own that only opens the ledger and rewrites (what a
// run does when only the view changed), and the peak resident memory of each such process is printed. Build with
// `-c release` for meaningful numbers.

let rewritesAlone = CommandLine.arguments.dropFirst().first.map { $0.hasPrefix("--rewrite") } ?? false
// `--rewrite-csv ROOT` or `--rewrite-both ROOT`: one rewrite of the root's view, for its process's memory.
let scratch =
    rewritesAlone
    ? CommandLine.arguments[2] : FileManager.default.temporaryDirectory.path + "/review-benchmark-" + UUID().uuidString
let layout = RootLayout(root: scratch)
var settings = Settings()
settings.intake.settleSeconds = 0
let ledger: Ledger
if rewritesAlone {
    ledger = try Ledger(path: layout.ledger)
} else {
    let orders = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
    try layout.createFolders()
    try ExportGenerator(orderPrefix: "REVIEW").export(orders: 0..<orders)
        .write(toFile: layout.inbox + "/export.csv", atomically: true, encoding: .utf8)
    ledger = try Ledger(path: layout.ledger)
    let context = RunContext(
        layout: layout, settings: settings, ledger: ledger, carriers: [:], fieldLimits: CarrierRegistry.fieldLimits,
        logger: Logger(label: "review-benchmark") { _ in SwiftLogNoOpLogHandler() },
        rootMarker: try RootMarker.establish(layout))
    let intake = try await RunPass(context: context).run(.intakeOnly)
    print("ledger: \(intake.ordersAccepted) orders")
}

let carriers = settings.carrierNames
let dialect = settings.outbox.csvDialect

/// The orders view alone, as a run wrote it before the twins: the same rows, a megabyte at a time.
func rewriteCSVAlone() throws {
    let writer = CSVWriter(dialect: dialect)
    try AtomicFile.replace(layout.ordersView) { emit in
        var chunk = writer.header(OrdersView.columns)
        try ledger.forEachOrderWithSourceName { order, sourceFile in
            chunk.append(writer.row(OrdersView.row(order, sourceFile: sourceFile, carriers: carriers).csvCells))
            if chunk.count >= 1 << 20 {
                try emit(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        try emit(chunk)
    }
}

/// The orders view and its twin, as a run writes them now.
func rewriteWithTwin() throws {
    let view = ReviewFile(
        path: layout.ordersView, columns: OrdersView.columns, sheetName: OrdersView.sheetName, dialect: dialect)
    try view.replace { add in
        try ledger.forEachOrderWithSourceName { order, sourceFile in
            try add(OrdersView.row(order, sourceFile: sourceFile, carriers: carriers))
        }
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let elapsed = try ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The largest peak resident memory of the child processes waited for so far.
func childrensPeakMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return usage.ru_maxrss / 1024
}

/// Runs this program again on the root to do one rewrite (`--rewrite-csv` or `--rewrite-both`), and waits for it.
func rewriteInAProcessOfItsOwn(_ mode: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = [mode, scratch]
    try process.run()
    process.waitUntilExit()
}

if rewritesAlone {
    try CommandLine.arguments[1] == "--rewrite-both" ? rewriteWithTwin() : rewriteCSVAlone()
} else {
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    var alone: [Double] = []
    var withTwin: [Double] = []
    for _ in 0..<3 {
        alone.append(try seconds(rewriteCSVAlone))
        withTwin.append(try seconds(rewriteWithTwin))
    }
    try rewriteInAProcessOfItsOwn("--rewrite-csv")
    let aloneMegabytes = childrensPeakMegabytes()
    try rewriteInAProcessOfItsOwn("--rewrite-both")
    // The children's peak is the larger of the two: the second's own when it is the larger.
    let bothMegabytes = childrensPeakMegabytes()
    let size = { (path: String) in ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) >> 20
    }
    for (name, runs, megabytes) in [
        ("orders_view.csv alone", alone, aloneMegabytes), ("orders_view.csv + .xlsx", withTwin, bothMegabytes),
    ] {
        let sorted = runs.sorted()
        print(
            String(
                format: "%@: median %.2f s (%.2f-%.2f); a process doing it alone peaks at %d MB", name, sorted[1],
                sorted[0], sorted[2], megabytes))
    }
    let extra = withTwin.sorted()[1] - alone.sorted()[1]
    print(
        String(
            format: "the twin adds %.2f s; orders_view.csv %d MB, orders_view.xlsx %d MB", extra,
            size(layout.ordersView), size(ReviewFile.twin(of: layout.ordersView))))
}
