import ArgumentParser
import Domain
import Foundation
import JSONWriting
import Monitoring

/// `orchestrator prune --older-than DAYS [--apply]`: lists, or with `--apply` removes, archived inputs, labels and
/// outbox files older than DAYS whose orders are all in a final state.
///
/// Holds the run lock.
struct PruneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove archived inputs, labels and outbox files of orders in a final state (dry run by default).",
        discussion: "Final: "
            + OrderState.allCases.filter(\.isFinal).map(\.rawValue).joined(separator: ", ")
            + ". The ledger keeps every order and file it knew: a re-dropped file is still a duplicate.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Only files older than this many days.")
    var olderThan: Int

    @Flag(name: .long, help: "Remove the files (without it, only list what would go).")
    var apply = false

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        guard olderThan >= 0 else { throw ValidationError("--older-than takes a number of days, 0 or more") }
    }

    func run() async throws {
        let now = Date()
        try await Session.with(options) { session in
            let pruning = Pruning(layout: session.layout, ledger: session.ledger)
            let plan = try pruning.plan(cutoff: now.addingTimeInterval(-Double(olderThan) * 86_400))
            let removed = apply ? try pruning.apply(plan, at: now) : 0
            switch format {
            case .text: printLines(plan, removed: removed)
            case .json:
                let files: [Any] = plan.items.map { ["path": $0.path, "bytes": Int($0.bytes), "reason": $0.reason] }
                let object: [String: Any] = [
                    "applied": apply, "files": files, "bytes": Int(plan.bytes), "removed": removed,
                ]
                print(String(decoding: JSONWriter.data(object), as: UTF8.self))
            }
        }
    }

    private func printLines(_ plan: Pruning.Plan, removed: Int) {
        if !options.quiet {
            for item in plan.items { print("\(apply ? "remove" : "would remove") \(item.path) (\(item.reason))") }
        }
        let size = ByteCountFormatter.string(fromByteCount: plan.bytes, countStyle: .file)
        if apply {
            print("removed \(removed) file(s), \(size)")
        } else {
            print("\(plan.items.count) file(s), \(size), would be removed: run again with --apply to remove them")
        }
    }
}
