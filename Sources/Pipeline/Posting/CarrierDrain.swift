import Ledger
import Synchronization

/// Counts the orders of each carrier that posting has taken and not finished, to tell when a carrier's last order
/// of the run is done: once the queue has run dry, a carrier with none left in hand books nothing more, and its
/// last handover need not wait for the other carriers' orders.
final class CarrierDrain: Sendable {
    private struct Counts {
        var inHand: [String: Int] = [:]
        var isQueueDry = false
    }

    private let counts = Mutex(Counts())

    /// Counts the orders of `page`, about to be posted.
    func taking(_ page: [OrderRecord]) {
        counts.withLock { counts in
            for order in page { counts.inHand[order.carrierCode ?? "", default: 0] += 1 }
        }
    }

    /// One order of `carrier` is done; true when it was the carrier's last of the run.
    func finished(_ carrier: String) -> Bool {
        counts.withLock { counts in
            counts.inHand[carrier, default: 0] -= 1
            return counts.isQueueDry && counts.inHand[carrier] == 0
        }
    }

    /// The queue has run dry; returns the carriers that have no order left in hand (done already).
    func queueRanDry() -> [String] {
        counts.withLock { counts in
            counts.isQueueDry = true
            return counts.inHand.filter { $0.value == 0 }.map(\.key).sorted()
        }
    }
}

/// Pages that `drain` counts as posting takes them, and that tell it when they run dry.
struct DrainCountedPages<Pages: OrderPages>: OrderPages {
    var pages: Pages
    let drain: CarrierDrain
    /// Told of each carrier done once the pages ran dry.
    let carrierDone: (String) -> Void

    mutating func nextPage() async throws -> [OrderRecord]? {
        guard let page = try await pages.nextPage() else {
            for carrier in drain.queueRanDry() { carrierDone(carrier) }
            return nil
        }
        drain.taking(page)
        return page
    }
}
