import CSV
import Connections
import Foundation
import Ledger
import Logging
import OrchestratorTesting
import Pipeline
import Settings
import Workspace

// Generates a Mirakl CSV export of about N MB (first argument, default 100), then measures on that same file:
//   - libcsv alone (tokenizer-only MB/s): the ceiling of what parsing can reach;
//   - the program's intake (hash + parse + validate + route + ledger + archive) in MB/s and rows/s;
//   - this process's peak resident memory;
//   - beside them, `Benchmarks/Reference/intake_reference.py` on the same export (run from the package root; skipped
//     with `--no-reference`, as for a 1 GB export, which the script would hold in some 10 GB of memory).
// Build with `-c release` for meaningful numbers.

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100
let runsReference = !CommandLine.arguments.contains("--no-reference")
let scratch = FileManager.default.temporaryDirectory.path + "/ingest-benchmark-" + UUID().uuidString
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }

let export = scratch + "/export.csv"
let orders = try ExportGenerator(orderPrefix: "BENCH").write(toPath: export, approximateBytes: megabytes << 20)
let bytes = Double((try FileManager.default.attributesOfItem(atPath: export)[.size] as? Int) ?? 0)
let megabytesOnDisk = bytes / 1_048_576
print(String(format: "export: %.1f MB, %d orders", megabytesOnDisk, orders))

func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try await clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The reference script's own line (rows/s, peak RSS), run on a copy of the export in a folder of its own.
func referenceScript(on export: String) throws -> String {
    let script = FileManager.default.currentDirectoryPath + "/Benchmarks/Reference/intake_reference.py"
    guard FileManager.default.fileExists(atPath: script) else { return "reference script: not found at \(script)" }
    let work = scratch + "/reference"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, export, work]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try? FileManager.default.removeItem(atPath: work)
    guard process.terminationStatus == 0 else { return "reference script: failed (python3 missing?)" }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
}

var records = 0
let tokenizerSeconds = try await seconds {
    records = try CSVTokenizer.countRecords(path: export, delimiter: UInt8(ascii: ";")).records
}

if runsReference { print(try referenceScript(on: export)) }

let layout = RootLayout(root: scratch + "/root")
try layout.createFolders()
try FileManager.default.moveItem(atPath: export, toPath: layout.inbox + "/export.csv")
var settings = Settings()
settings.intake.settleSeconds = 0
let context = RunContext(
    layout: layout, settings: settings, ledger: try Ledger(path: layout.ledger), carriers: [:],
    fieldLimits: CarrierRegistry.fieldLimits,
    logger: Logger(label: "ingest-benchmark") { StreamLogHandler.standardError(label: $0) },
    rootMarker: try RootMarker.establish(layout))
var summary = RunSummary()
let ingestSeconds = try await seconds {
    summary = try await RunPass(context: context).run(.intakeOnly)
}

let rows = Double(records - 1)
let tokenizerRate = megabytesOnDisk / tokenizerSeconds
let ingestRate = megabytesOnDisk / ingestSeconds
print(
    String(
        format: "tokenizer only (libcsv): %8.1f MB/s  %10.0f rows/s  (%.2f s)", tokenizerRate, rows / tokenizerSeconds,
        tokenizerSeconds))
print(
    String(
        format: "ingest (hash+parse+validate+ledger): %8.1f MB/s  %10.0f rows/s  (%.2f s), %d orders accepted",
        ingestRate, rows / ingestSeconds, ingestSeconds, summary.ordersAccepted))
print(String(format: "ingest / tokenizer: %.2f", ingestRate / tokenizerRate))
let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map(String.init) ?? "VmHWM: unknown"
print("peak RSS: " + peak.replacingOccurrences(of: "VmHWM:", with: "").trimmingCharacters(in: .whitespaces))
