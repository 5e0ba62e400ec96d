import Foundation

/// One order as Mirakl's OR11 lists it: its id and state for the program, and the whole object, as Mirakl sent it,
/// for the export file intake reads.
package struct MiraklOrder: Sendable, Equatable {
    package var id: String
    /// `SHIPPING`, `SHIPPED`, `CANCELED`, … (Mirakl warns the list grows: any text is kept).
    package var state: String
    /// The order object as JSON.
    package var json: Data

    package init(id: String, state: String, json: Data) {
        self.id = id
        self.state = state
        self.json = json
    }

    /// States from which the order is on its way or was delivered: Mirakl already counts it as shipped.
    private static let shippedStates: Set<String> = ["SHIPPED", "TO_COLLECT", "RECEIVED", "CLOSED"]

    package var isShipped: Bool { Self.shippedStates.contains(state) }
}

/// One page of OR11's answer: `{"orders": [...], "total_count": N}`.
package struct MiraklOrderPage: Sendable {
    package var orders: [MiraklOrder]
    /// Every order that matches the query, not only this page's.
    package var totalCount: Int

    /// Reads an OR11 answer; a body that is not one says why, in words for the operator.
    package static func parse(_ body: Data) -> Result<MiraklOrderPage, PageProblem> {
        guard let object = try? JSONSerialization.jsonObject(with: body), let wrapper = object as? [String: Any] else {
            return .failure(.notJSON(begins: Self.beginning(of: body)))
        }
        guard let rawOrders = wrapper["orders"] as? [Any] else { return .failure(.malformed("no \"orders\" list")) }
        guard let totalCount = (wrapper["total_count"] as? NSNumber)?.intValue, totalCount >= 0 else {
            return .failure(.malformed("no \"total_count\""))
        }
        var orders: [MiraklOrder] = []
        for (index, raw) in rawOrders.enumerated() {
            guard let order = raw as? [String: Any] else {
                return .failure(.malformed("order #\(index + 1) of the page is not an object"))
            }
            guard let id = order["order_id"] as? String, !id.isEmpty else {
                return .failure(.malformed("order #\(index + 1) of the page has no order_id"))
            }
            guard let state = order["order_state"] as? String, !state.isEmpty else {
                return .failure(.malformed("order \(id) has no order_state"))
            }
            guard let json = try? JSONSerialization.data(withJSONObject: order, options: [.sortedKeys]) else {
                return .failure(.malformed("order \(id) cannot be written back as JSON"))
            }
            orders.append(MiraklOrder(id: id, state: state, json: json))
        }
        return .success(MiraklOrderPage(orders: orders, totalCount: totalCount))
    }

    package enum PageProblem: Error {
        /// Not JSON at all: most often a proxy's or a maintenance page.
        case notJSON(begins: String)
        /// JSON, but not an OR11 answer the program can trust.
        case malformed(String)
    }

    /// The first characters of a body, on one line, to tell an HTML page from garbage.
    static func beginning(of body: Data) -> String {
        let text = String(decoding: body.prefix(120), as: UTF8.self)
        return String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }
}
