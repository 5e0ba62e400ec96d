import Foundation
import Ledger
import Mirakl
import Outbox
import RemoteCalls
import Workspace

/// Pulls the orders Mirakl changed since the last fetch, in every state, into `inbox/` as one OR11-shaped export, so
/// that intake treats them as any dropped file: cancellations reach the ledger before posting, and the newest state
/// of an order wins until it is posted.
///
/// The window starts where the last completed fetch began, less an overlap (Mirakl's update dates and this
/// machine's clock may disagree; an order seen twice is merged as unchanged). The file appears whole (written under
/// a temporary name, flushed, linked into place) and only then does the watermark move: a fetch that fails or is
/// killed midway leaves no file and repeats its window next time.
struct OrderFetch {
    let context: RunContext
    let client: MiraklClient

    /// What a fetch came to.
    enum FetchResult: Equatable {
        /// The last fetch is more recent than `mirakl.fetch_interval_seconds`.
        case tooSoon
        case nothingNew
        /// The export written into the inbox, and how many orders it holds.
        case written(name: String, orders: Int)
        /// Mirakl could not be read in full: nothing written, the watermark kept.
        case failed(CallError)
    }

    /// Fetches unless the last fetch is too recent (or always, with `ignoringInterval`).
    ///
    /// Throws only when the ledger or the disk fails.
    func run(ignoringInterval: Bool = false) async throws -> FetchResult {
        let settings = context.settings.mirakl
        let shop = client.account.shopLabel
        let began = context.now()
        let mark = try context.ledger.miraklFetchMark(shop: shop)
        if !ignoringInterval, let mark, began.timeIntervalSince(mark.attemptedAt) < settings.fetchIntervalSeconds {
            return .tooSoon
        }
        try context.ledger.recordMiraklFetchAttempt(shop: shop, at: began)
        let since =
            mark?.updatedSince.map { $0.addingTimeInterval(-settings.fetchOverlapMinutes * 60) }
            ?? began.addingTimeInterval(-settings.firstFetchDays * 86_400)

        let orders: [MiraklOrder]
        do {
            orders = try await fetchEveryPage(updatedSince: since)
        } catch {
            try context.ledger.log([
                OperationRecord(
                    scope: .mirakl, action: .fetchOrders, status: .error,
                    message: "orders changed since \(since.isoUTC) not fetched: \(error.message)", at: context.now())
            ])
            return .failed(error)
        }
        guard !orders.isEmpty else {
            try context.ledger.advanceMiraklFetch(
                shop: shop, updatedSince: began,
                logging: OperationRecord(
                    scope: .mirakl, action: .fetchOrders, status: .ok,
                    message: "no order changed since \(since.isoUTC)", at: context.now()))
            return .nothingNew
        }
        let name = try write(orders, shop: shop, stamp: began)
        CrashPoint.afterFetchWritten.reach()
        try context.ledger.advanceMiraklFetch(
            shop: shop, updatedSince: began,
            logging: OperationRecord(
                scope: .mirakl, action: .fetchOrders, status: .ok,
                message: "\(orders.count) order(s) changed since \(since.isoUTC) written to inbox/\(name)",
                meta: ["file.name": name], at: context.now()))
        return .written(name: name, orders: orders.count)
    }

    /// Pages through OR11 with `offset` until `total_count` (never trusting the default page of 10, never the `Link`
    /// header, whose URLs hold unescaped commas).
    ///
    /// An order on two pages (orders changing while we page shift the pages) is kept once, as last read.
    private func fetchEveryPage(updatedSince since: Date) async throws(CallError) -> [MiraklOrder] {
        let retry = RetryPolicy(context.settings.mirakl)
        var orders: [MiraklOrder] = []
        var positions: [String: Int] = [:]
        var offset = 0
        var totalCount = 0
        repeat {
            let page = try await retry.run { () async throws(CallError) -> MiraklOrderPage in
                try await client.ordersPage(updatedSince: since, offset: offset)
            }
            guard !page.orders.isEmpty else {
                guard offset >= page.totalCount else {
                    throw CallError(
                        kind: .permanent, service: MiraklClient.code,
                        message: "Mirakl's total_count says \(page.totalCount) order(s), but the page at offset "
                            + "\(offset) is empty; nothing fetched")
                }
                break
            }
            for order in page.orders {
                if let position = positions[order.id] {
                    orders[position] = order
                } else {
                    positions[order.id] = orders.count
                    orders.append(order)
                }
            }
            offset += page.orders.count
            totalCount = page.totalCount
            CrashPoint.duringFetch.reach()
        } while offset < totalCount
        return orders
    }

    /// Writes `mirakl-<shop>-<stamp>.json` (or `-2`, `-3`, … when a fetch of the same second wrote one) whole.
    private func write(_ orders: [MiraklOrder], shop: String, stamp: Date) throws -> String {
        var body = Data("{\"orders\":[".utf8)
        for (index, order) in orders.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(order.json)
        }
        body.append(contentsOf: "],\"total_count\":\(orders.count)}\n".utf8)

        let safeShop = String(shop.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        let stem = "mirakl-\(safeShop)-\(stamp.fileStamp)"
        var attempt = 1
        while true {
            let name = attempt == 1 ? "\(stem).json" : "\(stem)-\(attempt).json"
            if try AtomicFile.createExactly(context.layout.inbox + "/" + name, data: body) { return name }
            attempt += 1
        }
    }
}
