import Foundation
import Hummingbird
import Logging
import NIOCore

/// Answers one HTTP request the way Mirakl's seller API would: checks the raw API key and the shop, injects the
/// configured faults, and answers OR11, OR23 and OR24 with Mirakl's shapes — errors as `{"message", "status"}` JSON,
/// successes of OR23 and OR24 as 204 without a body.
///
/// Also serves the `_simulator` control calls, which take no key.
struct MiraklSimulatorEndpoint: Sendable {
    enum Operation: String, Sendable {
        case listOrders = "OR11"
        case updateTracking = "OR23"
        case ship = "OR24"
    }

    /// Mirakl's default page (its SDK and a user who got only 10 orders agree).
    static let defaultPageSize = 10
    /// The largest page Mirakl's own connector asks for; what Mirakl does above it is not public, so the simulator
    /// refuses it, the strictest reading.
    static let maximumPageSize = 100
    /// Mirakl's documented limit of `order_ids`.
    static let maximumOrderIDs = 100

    let options: MiraklSimulator.Options
    let faults: FaultInjector
    let state: MiraklSimulatorState
    let logger: Logger

    func respond(to request: Request, context: SimulatorRequestContext, operation: Operation) async throws -> Response {
        try await faults.answerAfterLatency { try await handle(request, context: context, operation: operation) }
    }

    private func handle(
        _ request: Request, context: SimulatorRequestContext, operation: Operation
    ) async throws
        -> Response
    {
        let retryKey = "\(request.method) \(request.uri.path)"
        await state.noteArrival(retryKey)
        // The front server refuses a PUT it cannot frame before Mirakl sees it (a Rust client sends `null` to avoid
        // this); HTTP/1.1 carries the framing in these two headers, which Hummingbird passes on untouched.
        if request.method == .put, request.headers[.contentLength] == nil, request.headers[.transferEncoding] == nil {
            return Self.error(.lengthRequired, "Length Required")
        }
        guard request.headers[.authorization] == options.apiKey else {
            return Self.error(.unauthorized, "Unauthorized: the Authorization header must hold the shop's API key")
        }
        if let expected = options.shopID, let shopID = request.uri.queryParameters.get("shop_id"), shopID != expected {
            return Self.error(.unauthorized, "You are not allowed to access the shop \(shopID)")
        }
        let fault = faults.nextFault()
        if let fault,
            let answer = try await answer(for: fault, operation: operation, retryKey: retryKey, context: context)
        {
            return answer
        }
        let answer: Response
        switch operation {
        case .listOrders: return await listOrders(request)
        case .updateTracking: answer = try await updateTracking(request, context: context)
        case .ship: answer = try await ship(request, context: context)
        }
        // The change stands, but the client never hears of it.
        return fault == .acceptThenDrop ? faults.drop(context) : answer
    }

    // MARK: - OR11

    private func listOrders(_ request: Request) async -> Response {
        let query = request.uri.queryParameters
        var filter = MiraklSimulatorState.ListFilter()
        filter.states = Set(Self.commaList(query.get("order_state_codes")))
        let ids = Self.commaList(query.get("order_ids"))
        guard ids.count <= Self.maximumOrderIDs else {
            return Self.error(
                .badRequest, "The limit of \(Self.maximumOrderIDs) is exceeded for the parameter : order_ids")
        }
        filter.ids = Set(ids)
        var pageSize = Self.defaultPageSize
        if let text = query.get("max") {
            guard let max = Int(text), (1...Self.maximumPageSize).contains(max) else {
                return Self.error(
                    .badRequest, "The parameter max must be between 1 and \(Self.maximumPageSize), not '\(text)'")
            }
            pageSize = max
        }
        var offset = 0
        if let text = query.get("offset") {
            guard let value = Int(text), value >= 0 else {
                return Self.error(.badRequest, "The parameter offset must be a positive number, not '\(text)'")
            }
            offset = value
        }
        if let text = query.get("start_update_date") {
            guard let date = MiraklSimulatorState.date(text) else {
                return Self.error(.badRequest, "The parameter start_update_date is not an ISO 8601 date: '\(text)'")
            }
            // Compared at the second, as the dates are shown: a client that passes the last date it saw sees that
            // order again, and one that passes its own clock misses nothing updated within the same second (Mirakl
            // itself subtracts a delta for the same reason).
            filter.updatedSince = MiraklSimulatorState.wholeSeconds(date)
        }
        filter.isDescending = query.get("order")?.lowercased() == "desc"

        let page = await state.listPage(filter, offset: offset, max: pageSize)
        var orders = page.orders.map(Self.object)
        var totalCount = page.totalCount
        switch page.breakage {
        case .htmlPage:
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Self.maintenancePage)))
        case .wrongTotalCount:
            totalCount += 2 * pageSize
        case .orderWithoutID where !orders.isEmpty:
            orders[orders.count / 2]["order_id"] = nil
        case .malformedJSON, .orderWithoutID, nil:
            break
        }
        var body = Self.jsonData(["orders": orders, "total_count": totalCount])
        if page.breakage == .malformedJSON { body = body.prefix(body.count / 2) }
        var response = Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
        // HTTPTypes names no `Link` field, and Hummingbird re-exports only `HTTPFields` of it.
        if let link = Self.link(request, offset: offset, pageSize: pageSize, totalCount: totalCount),
            let name = HTTPFields.Element.Name("Link")
        {
            response.headers[name] = link
        }
        return response
    }

    /// `<url>; rel="previous", <url>; rel="next"` as applicable.
    ///
    /// The URLs repeat the request's query with commas unescaped, as Mirakl's do: a client that splits the header on
    /// commas breaks, as Stripe's connector did.
    private static func link(_ request: Request, offset: Int, pageSize: Int, totalCount: Int) -> String? {
        var links: [String] = []
        if offset > 0 {
            links.append(
                "<\(pageURL(request, offset: max(0, offset - pageSize), pageSize: pageSize))>; rel=\"previous\"")
        }
        if offset + pageSize < totalCount {
            links.append("<\(pageURL(request, offset: offset + pageSize, pageSize: pageSize))>; rel=\"next\"")
        }
        return links.isEmpty ? nil : links.joined(separator: ", ")
    }

    private static func pageURL(_ request: Request, offset: Int, pageSize: Int) -> String {
        let kept = (request.uri.query ?? "").split(separator: "&").filter { item in
            let name = item.prefix { $0 != "=" }
            return name != "max" && name != "offset"
        }.map { $0.replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%2c", with: ",") }
        let query = (kept + ["max=\(pageSize)", "offset=\(offset)"]).joined(separator: "&")
        return "http://\(request.head.authority ?? "127.0.0.1")\(request.uri.path)?\(query)"
    }

    /// The order as OR11 shows it: the object as added, with the fields the simulator owns set.
    private static func object(_ order: MiraklSimulatorState.Order) -> [String: Any] {
        var object = (try? JSONSerialization.jsonObject(with: order.object)) as? [String: Any] ?? [:]
        object["order_id"] = order.id
        object["order_state"] = order.state
        object["created_date"] = order.createdDateText
        object["last_updated_date"] = order.lastUpdatedDateText
        if order.isStateChanged {
            object["can_shop_ship"] = order.state == "SHIPPING"
            if let lines = object["order_lines"] as? [[String: Any]] {
                object["order_lines"] = lines.map { line in
                    var line = line
                    line["order_line_state"] = order.state
                    return line
                }
            }
        }
        if let tracking = order.tracking {
            // OR11's names for what OR23 stored.
            object["shipping_carrier_code"] = tracking.carrierCode ?? NSNull()
            object["shipping_company"] = tracking.carrierName ?? NSNull()
            object["shipping_tracking"] = tracking.trackingNumber ?? NSNull()
            object["shipping_tracking_url"] = tracking.carrierURL ?? NSNull()
        }
        return object
    }

    static let maintenancePage = """
        <!DOCTYPE html>
        <html><head><title>Maintenance</title></head>
        <body><h1>Our marketplace is under maintenance</h1><p>Please come back in a few minutes.</p></body></html>

        """

    // MARK: - OR23, OR24

    private func updateTracking(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let orderID = Self.orderID(context)
        var request = request
        let buffer = try await request.collectBody(upTo: 1024 * 1024)
        guard let body = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any]
        else {
            return Self.error(.badRequest, "The request body is not a JSON object")
        }
        let tracking = MiraklSimulator.Tracking(
            carrierCode: body["carrier_code"] as? String, carrierName: body["carrier_name"] as? String,
            carrierURL: body["carrier_url"] as? String, trackingNumber: body["tracking_number"] as? String)
        let outcome = await state.updateTracking(tracking, orderID: orderID)
        if outcome == .accepted {
            logger.debug(
                "Mirakl simulator stored tracking",
                metadata: ["order.id": "\(orderID)", "shipment.number": "\(tracking.trackingNumber ?? "")"])
        }
        return Self.answer(outcome, orderID: orderID)
    }

    private func ship(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let orderID = Self.orderID(context)
        // OR24 has no body; whatever a client sends to get a length (`null`, `{}`) is read and ignored.
        var request = request
        _ = try await request.collectBody(upTo: 64 * 1024)
        let outcome = await state.ship(orderID: orderID)
        if outcome == .accepted { logger.debug("Mirakl simulator shipped", metadata: ["order.id": "\(orderID)"]) }
        return Self.answer(outcome, orderID: orderID)
    }

    private static func answer(_ outcome: MiraklSimulatorState.ChangeOutcome, orderID: String) -> Response {
        switch outcome {
        case .accepted: Response(status: .noContent)
        case .unknownOrder: error(.notFound, "The order \(orderID) does not exist")
        // The text Mirakl's maintainer gave for an OR24 on an order out of SHIPPING (sdk-php-shop#56).
        case .wrongState: error(.badRequest, "The order \(orderID) is not in the SHIPPING status")
        case .missingCarrier: error(.badRequest, "The carrier_code or the carrier_name is required")
        }
    }

    /// The `{order_id}` path segment, percent-decoded: ids may hold spaces, `/`, `#`, `?` and non-ASCII letters,
    /// which a client must escape and the router leaves escaped.
    private static func orderID(_ context: SimulatorRequestContext) -> String {
        let raw = context.parameters.get("order_id") ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    // MARK: - Faults

    /// The answer a faulty call gets; nil when the call goes on (`.acceptThenDrop` changes the order, then drops).
    private func answer(
        for fault: SimulatedFault, operation: Operation, retryKey: String, context: SimulatorRequestContext
    ) async throws -> Response? {
        switch fault {
        case .acceptThenDrop:
            return operation == .listOrders ? faults.drop(context) : nil
        case .carrierTransient:
            return Self.error(.serviceUnavailable, "The service is temporarily unavailable, please retry later")
        case .carrierPermanent:
            return Self.error(.badRequest, "The request is invalid and cannot be processed")
        case .tooManyRequests(let seconds):
            await state.holdOff(retryKey, seconds: seconds)
            var response = Self.error(.tooManyRequests, "Too many requests, retry in \(seconds) seconds")
            response.headers[.retryAfter] = "\(seconds)"
            return response
        default:
            return try await faults.transportAnswer(for: fault, context: context)
        }
    }

    // MARK: - Control (`orchestrator simulate`)

    /// `POST /_simulator/orders?count=N[&prefix=P]`: adds N generated orders, answers `{"order_ids": [...]}`.
    func addGeneratedOrders(_ request: Request) async -> Response {
        let query = request.uri.queryParameters
        guard let count = Int(query.get("count") ?? "1"), count >= 0 else {
            return Self.error(.badRequest, "count must be a number of orders")
        }
        let ids = await state.addGenerated(count: count, prefix: query.get("prefix") ?? "MKL")
        return Self.json(["order_ids": ids])
    }

    /// `POST /_simulator/orders/{order_id}/cancel`: 204, or 404 when there is no such order.
    func cancel(_ context: SimulatorRequestContext) async -> Response {
        let orderID = Self.orderID(context)
        guard await state.setState("CANCELED", orderID: orderID) else {
            return Self.error(.notFound, "The order \(orderID) does not exist")
        }
        return Response(status: .noContent)
    }

    /// `GET /_simulator/stats`: `{"tracking_updates": {id: n}, "ship_confirmations": {id: n}, "totals": {...}}`.
    func stats() async -> Response {
        let stats = await state.stats()
        return Self.json([
            "tracking_updates": stats.trackingUpdates, "ship_confirmations": stats.shipConfirmations,
            "totals": [
                "orders": stats.orders, "tracking_updates": stats.trackingUpdates.values.reduce(0, +),
                "ship_confirmations": stats.shipConfirmations.values.reduce(0, +), "list_calls": stats.listCalls,
                "retry_after_violations": stats.retryAfterViolations,
            ],
        ])
    }

    // MARK: - JSON

    /// Mirakl's error body.
    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(["message": message, "status": status.code], status: status)
    }

    static func json(_ object: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: jsonData(object))))
    }

    /// Keys sorted, so that the same answer is always the same bytes.
    static func jsonData(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// `A,B,,C ` → `["A", "B", "C"]`.
    private static func commaList(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
