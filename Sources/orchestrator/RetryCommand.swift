import ArgumentParser
import Foundation
import Ledger

/// `orchestrator retry`: failed orders back in the queue for the next run.
struct RetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Put failed orders (FAILED_POST, FAILED_TRACKING, FAILED_PUSH) back in the queue.",
        discussion: """
            Puts failed orders back in the queue for the next run: FAILED_POST becomes PENDING_POST (and is looked \
            up at its carrier before any new booking, so a shipment booked before the failure is adopted, not booked \
            twice), FAILED_TRACKING becomes POSTED, FAILED_PUSH becomes TRACKED. Fix what the error said first (an \
            address, a credential): `orders --state FAILED_POST` lists them with their errors. Holds the run lock.

            Exit: 0 all re-queued; 1 a named order is unknown or not failed; 2 usage error; 3 another run holds the \
            lock.
            """)

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The Mirakl order ids to re-queue.", valueName: "order-id"))
    var orderIDs: [String] = []

    @Flag(name: .long, help: "Re-queue every failed order.")
    var allFailed = false

    func validate() throws {
        guard allFailed != !orderIDs.isEmpty else {
            throw ValidationError("name the orders to re-queue, or pass --all-failed (not both)")
        }
    }

    func run() async throws {
        let results = try await Session.with(options) { session in
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
