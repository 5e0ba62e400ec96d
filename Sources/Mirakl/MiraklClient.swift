import Foundation
import JSONWriting
import Logging
import NIOHTTP1
import RemoteCalls

/// The seller side of Mirakl's order API: OR11 (list orders), OR23 (tracking), OR24 (confirm shipment), over the HTTP
/// transport the carriers use.
///
/// Failures come back as `CallError`s with code `mirakl`, in the same three kinds: worth retrying (429, 5xx,
/// timeouts), refused for this order (a 4xx about it), or Mirakl unusable for the run (the key refused, the budget
/// spent). Mirakl's own words (its error body) are kept verbatim in the message; the API key never is.
package struct MiraklClient: Sendable {
    /// The code Mirakl's failures and log lines carry.
    package static let code = "mirakl"
    /// OR11's largest page (Mirakl's connector pages with 100; its default is 10).
    package static let pageSize = 100
    /// The most order ids one OR11 look-up may name.
    package static let idsPerLookup = 100

    package let account: MiraklAccount
    package let budget: MiraklCallBudget
    private let transport: HTTPTransport

    package init(account: MiraklAccount, connection: RemoteConnection, budget: MiraklCallBudget) {
        self.account = account
        self.budget = budget
        transport = HTTPTransport(
            baseURL: account.baseURL, service: Self.code, serviceName: "Mirakl", urlVariable: "MIRAKL_URL",
            httpClient: connection.httpClient, callTimeout: connection.callTimeout, callGate: connection.callGate,
            logger: connection.logger)
    }

    /// OR11: the page at `offset` of the orders, in every state, changed since `updatedSince`.
    package func ordersPage(updatedSince: Date, offset: Int) async throws(CallError) -> MiraklOrderPage {
        try await list(
            [
                ("start_update_date", Self.timestamp(updatedSince)), ("max", "\(Self.pageSize)"),
                ("offset", "\(offset)"),
            ],
            operation: "OR11 list orders")
    }

    /// OR11 by `order_ids`: the orders Mirakl knows among `ids` (at most `idsPerLookup`).
    package func orders(ids: [String]) async throws(CallError) -> [MiraklOrder] {
        precondition(ids.count <= Self.idsPerLookup, "OR11 takes at most \(Self.idsPerLookup) order ids")
        let escapedIDs = ids.map { Self.escaped($0, keeping: Self.unreserved) }.joined(separator: ",")
        return try await list(
            [("order_ids", escapedIDs), ("max", "\(Self.pageSize)")], operation: "OR11 look up orders",
            alreadyEscaped: true
        ).orders
    }

    /// OR23: tells Mirakl the order's carrier and tracking number.
    package func updateTracking(orderID: String, _ tracking: MiraklTracking) async throws(CallError) {
        let reply = try await call(
            .PUT, "api/orders/\(Self.escaped(orderID, keeping: Self.unreserved))/tracking",
            body: Array(JSONWriter.data(tracking.body)), operation: "OR23 tracking")
        if let error = refusal(reply, operation: "OR23 tracking", orderID: orderID) { throw error }
    }

    /// OR24: confirms the order shipped (SHIPPING → SHIPPED).
    ///
    /// No body, but a length of 0: Mirakl answers 411 to a PUT without one.
    package func confirmShipment(orderID: String) async throws(CallError) {
        let reply = try await call(
            .PUT, "api/orders/\(Self.escaped(orderID, keeping: Self.unreserved))/ship", body: [],
            operation: "OR24 ship")
        if let error = refusal(reply, operation: "OR24 ship", orderID: orderID) { throw error }
    }

    // MARK: - Calls

    private func list(
        _ parameters: [(String, String)], operation: String, alreadyEscaped: Bool = false
    ) async throws(CallError) -> MiraklOrderPage {
        let query = parameters.map { name, value in
            "\(name)=\(alreadyEscaped ? value : Self.escaped(value, keeping: Self.queryValueCharacters))"
        }
        let reply = try await call(.GET, "api/orders?" + query.joined(separator: "&"), body: nil, operation: operation)
        if let error = refusal(reply, operation: operation, orderID: nil) { throw error }
        switch MiraklOrderPage.parse(reply.body) {
        case .success(let page):
            return page
        case .failure(.notJSON(let beginning)):
            throw CallError(
                kind: .transient, service: Self.code,
                message: "\(operation): Mirakl answered \(reply.body.count) bytes that are not JSON: \(beginning)")
        case .failure(.malformed(let problem)):
            throw CallError(
                kind: .permanent, service: Self.code,
                message: "\(operation): Mirakl's answer is not an order list the program can trust: \(problem)")
        }
    }

    /// One call, counted against the run's budget, with the key and the shop.
    private func call(
        _ method: HTTPMethod, _ path: String, body: [UInt8]?, operation: String
    ) async throws(CallError) -> HTTPReply {
        try budget.spend()
        var headers = [(name: "Authorization", value: account.apiKey), (name: "Accept", value: "application/json")]
        if body != nil { headers.append((name: "Content-Type", value: "application/json")) }
        var target = path
        if let shopID = account.shopID {
            target += (path.contains("?") ? "&" : "?") + "shop_id=" + Self.escaped(shopID, keeping: Self.unreserved)
        }
        let reply = try await transport.send(method, target, headers: headers, body: body, operation: operation)
        if reply.status == 429 {
            // Every call waits, not only this one: Mirakl asked this client to slow down.
            let seconds = reply.retryAfterSeconds ?? 1
            await transport.callGate.holdStarts(for: .milliseconds(Int64(seconds * 1000)))
        }
        return reply
    }

    /// What Mirakl's status means, with its own words; nil for 2xx.
    private func refusal(_ reply: HTTPReply, operation: String, orderID: String?) -> CallError? {
        let status = reply.status
        guard !(200..<300).contains(status) else { return nil }
        let words = Self.words(of: reply)
        let about = orderID.map { " for order \($0)" } ?? ""
        switch status {
        case 429:
            return CallError(
                kind: .transient, service: Self.code, code: "HTTP 429",
                message: "\(operation)\(about): Mirakl is rate limiting (HTTP 429)\(words)",
                retryAfterSeconds: reply.retryAfterSeconds ?? 1)
        case 401, 403:
            return CallError(
                kind: .unavailable, service: Self.code, code: "HTTP \(status)",
                message:
                    "\(operation): Mirakl refused the API key (HTTP \(status); check MIRAKL_API_KEY and MIRAKL_SHOP_ID)\(words)"
            )
        case 404 where orderID == nil:
            return CallError(
                kind: .unavailable, service: Self.code, code: "HTTP 404",
                message: "\(operation): no Mirakl API at this address (HTTP 404; check MIRAKL_URL)\(words)")
        case 400..<500:
            return CallError(
                kind: .permanent, service: Self.code, code: "HTTP \(status)",
                message: "\(operation)\(about): Mirakl refused it (HTTP \(status))\(words)")
        default:
            return CallError(
                kind: .transient, service: Self.code, code: "HTTP \(status)",
                message: "\(operation)\(about): Mirakl answered HTTP \(status)\(words)",
                retryAfterSeconds: reply.retryAfterSeconds)
        }
    }

    /// Mirakl's error body as it sent it (its `message`, and whatever else), on one line; empty when it sent none.
    private static func words(of reply: HTTPReply) -> String {
        let text = String(decoding: reply.body.prefix(2000), as: UTF8.self)
        let line = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
            .trimmingCharacters(in: .whitespaces)
        return line.isEmpty ? "" : ": \(line)"
    }

    // MARK: - URLs

    /// RFC 3986's unreserved characters: all that a path segment or a list item keeps unescaped, so an order id
    /// holding `/`, `?`, `#`, `,` or a space stays one segment.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    /// A query value keeps `:` (ISO dates read better) but not `&`, `=`, `+` or `#`.
    private static let queryValueCharacters = unreserved.union(CharacterSet(charactersIn: ":"))

    static func escaped(_ text: String, keeping allowed: CharacterSet) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// ISO 8601 in UTC to the second, as Mirakl's examples write dates.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
