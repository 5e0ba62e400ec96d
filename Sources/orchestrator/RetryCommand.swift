import ArgumentParser
import Foundation
import Ledger

/// `orchestrator retry`: failed orders back in the queue for the next run (SPEC §7).
struct RetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Put failed orders (FAILED_POST, FAILED_TRACKING, FAILED_PUSH) back in the queue.")

    @OptionGroup var options: CommonOptions

    @Argument(help: "The Mirakl order ids to re-queue.")
    var orderIDs: [String] = []

    @Flag(name: .long, help: "Re-queue every failed order.")
    var allFailed = false

    func validate() throws {
        guard allFailed != !orderIDs.isEmpty else {
            throw ValidationError("name the orders to re-queue, or pass --all-failed (not both)")
        }
    }

    func run() async throws {
        let results = try await Session.withLock(options) { session in
            try session.ledger.requeueFailed(allFailed ? nil : orderIDs, at: Date())
        }
        var refused = 0
        for (orderID, result) in results {
            switch result {
            case .requeued(let from, let to): print("\(orderID): \(from.rawValue) -> \(to.rawValue)")
            case .notFailed(let state):
                refused += 1
                print("\(orderID): not re-queued, it is \(state.rawValue), not failed")
            case .unknown:
                refused += 1
                print("\(orderID): not re-queued, no such order in the ledger")
            }
        }
        if !options.quiet { print("\(results.count - refused) order(s) re-queued for the next run") }
        throw ExitCode(refused == 0 ? 0 : 1)
    }
}
