import AsyncHTTPClient
import Domain
import Exports
import Foundation
import Logging
import OrchestratorTesting
import RemoteCalls
import Simulators
import Testing

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// The Mirakl simulator over real loopback HTTP, as a client sees it: pages, refusals, state changes, faults.
struct MiraklSimulatorTests {
    static let logger = Logger(label: "test.mirakl")
    static let key = MiraklSimulator.Options.demoAPIKey

    /// Runs `body` with a started simulator and an HTTP client, and always shuts both down.
    static func withSimulator(
        options: MiraklSimulator.Options = .init(), behaviour: SimulatorBehaviour = .init(),
        _ body: (MiraklSimulator, HTTPClient) async throws -> Void
    ) async throws {
        let simulator = try await MiraklSimulator.start(options: options, behaviour: behaviour, logger: logger)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        try await closing(client, stopping: simulator.stop) { try await body(simulator, client) }
    }

    // MARK: - OR11

    @Test func pagesOf100CarryTheTotalAndALinkToTheNextUntilTheLast() async throws {
        try await Self.withSimulator { simulator, client in
            let ids = await simulator.addGeneratedOrders(count: 251)
            await simulator.cancel(orderID: ids[3])
            await simulator.setState("REFUSED", orderID: ids[4])
            var url: String? = simulator.baseURL + "/api/orders?order_state_codes=SHIPPING,CANCELED&max=100"
            var pages: [Answer] = []
            while let next = url, pages.count < 5 {
                let page = try await Self.call(client, .get, next)
                pages.append(page)
                url = Self.linkURL(page.link, rel: "next")
            }

            #expect(pages.map(\.status) == [200, 200, 200])
            #expect(pages.map(\.orders.count) == [100, 100, 50])
            #expect(pages.map { $0.object?["total_count"] as? Int } == [250, 250, 250])
            #expect(pages.flatMap(\.orders).compactMap { $0["order_id"] as? String } == ids.filter { $0 != ids[4] })
            #expect(Self.linkURL(pages[0].link, rel: "previous") == nil)
            #expect(Self.linkURL(pages[2].link, rel: "previous") != nil)
            let second = try #require(Self.linkURL(pages[0].link, rel: "next"))
            #expect(second.contains("order_state_codes=SHIPPING,CANCELED"), "Mirakl leaves the commas unescaped")
            #expect(second.hasPrefix(simulator.baseURL + "/api/orders?"))
            #expect(await simulator.listCalls() == 3)
        }
    }

    @Test func withoutMaxAPageHoldsTen() async throws {
        try await Self.withSimulator { simulator, client in
            await simulator.addGeneratedOrders(count: 15)
            let page = try await Self.call(client, .get, simulator.baseURL + "/api/orders")
            #expect(page.orders.count == 10)
            #expect(page.object?["total_count"] as? Int == 15)
            #expect(Self.linkURL(page.link, rel: "next")?.hasSuffix("max=10&offset=10") == true)
        }
    }

    @Test func orderDescListsTheNewestFirst() async throws {
        try await Self.withSimulator { simulator, client in
            let ids = await simulator.addGeneratedOrders(count: 3)
            let page = try await Self.call(client, .get, simulator.baseURL + "/api/orders?sort=dateCreated&order=desc")
            #expect(page.orders.compactMap { $0["order_id"] as? String } == ids.reversed())
        }
    }

    @Test(arguments: ["max=101", "max=0", "max=ten", "offset=-1", "start_update_date=yesterday"])
    func aBadParameterIsRefusedWith400(_ parameter: String) async throws {
        try await Self.withSimulator { simulator, client in
            let answer = try await Self.call(client, .get, simulator.baseURL + "/api/orders?" + parameter)
            #expect(answer.status == 400)
            #expect(answer.object?["status"] as? Int == 400)
            #expect(answer.message?.isEmpty == false)
            #expect(await simulator.listCalls() == 0)
        }
    }

    @Test func moreThan100OrderIDsAreRefusedAnd100AreNot() async throws {
        try await Self.withSimulator { simulator, client in
            let ids = await simulator.addGeneratedOrders(count: 101)
            let tooMany = try await Self.call(
                client, .get, simulator.baseURL + "/api/orders?order_ids=" + ids.joined(separator: ","))
            #expect(tooMany.status == 400)
            #expect(tooMany.message == "The limit of 100 is exceeded for the parameter : order_ids")

            let enough = try await Self.call(
                client, .get,
                simulator.baseURL + "/api/orders?max=100&order_ids=" + ids.prefix(100).joined(separator: ","))
            #expect(enough.status == 200)
            #expect(enough.orders.count == 100)
        }
    }

    @Test func onlyTheRawKeyOfTheRightShopIsLetIn() async throws {
        try await Self.withSimulator { simulator, client in
            await simulator.addGeneratedOrders(count: 1)
            let url = simulator.baseURL + "/api/orders"
            for key in ["wrong-key", "Bearer \(Self.key)", nil] {
                let answer = try await Self.call(client, .get, url, key: key)
                #expect(answer.status == 401, "key \(key ?? "none")")
                #expect(answer.object?["status"] as? Int == 401)
                #expect(answer.contentType == "application/json")
            }
            #expect(try await Self.call(client, .get, url + "?shop_id=9999").status == 401)
            #expect(try await Self.call(client, .get, url + "?shop_id=2001").orders.count == 1)
            #expect(try await Self.call(client, .get, url).orders.count == 1)
        }
    }

    @Test func startUpdateDateShowsOnlyWhatChangedSince() async throws {
        try await Self.withSimulator { simulator, client in
            await simulator.addOrders(
                ["OLD-1", "OLD-2", "OLD-3"].map {
                    [
                        "order_id": $0, "order_state": "SHIPPING", "created_date": "2021-08-04T15:12:50Z",
                        "last_updated_date": "2021-08-04T15:15:22Z",
                    ]
                })
            await simulator.cancel(orderID: "OLD-2")
            let since = Date().addingTimeInterval(-60).formatted(Date.ISO8601FormatStyle())
            let changed = try await Self.call(
                client, .get, simulator.baseURL + "/api/orders?start_update_date=" + since)
            #expect(changed.orders.map { $0["order_id"] as? String } == ["OLD-2"])
            #expect(changed.orders.first?["order_state"] as? String == "CANCELED")
            #expect(changed.object?["total_count"] as? Int == 1)

            // Fractional seconds and an offset are ISO 8601 too; the comparison is at the second shown.
            let all = try await Self.call(
                client, .get, simulator.baseURL + "/api/orders?start_update_date=2021-08-04T15:15:22.900Z")
            #expect(all.orders.count == 3)
            let after = try await Self.call(
                client, .get, simulator.baseURL + "/api/orders?start_update_date=2021-08-04T15:15:23%2B00:00")
            #expect(after.orders.map { $0["order_id"] as? String } == ["OLD-2"])
        }
    }

    @Test func generatedOrdersAreShippableByTheProgramsOwnReader() async throws {
        try await Self.withSimulator { simulator, client in
            let ids = await simulator.addGeneratedOrders(count: 14, prefix: "GEN")
            #expect(ids.first == "GEN-1-A" && ids.last == "GEN-14-A")
            #expect(await simulator.addGeneratedOrders(count: 1, prefix: "GEN") == ["GEN-15-A"])
            let page = try await Self.call(client, .get, simulator.baseURL + "/api/orders?max=20")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("mirakl-\(UUID().uuidString).json")
            try page.body.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }

            let export = try ExportFile.open(path: file.path)
            var linesByOrder: [String: [OrderLine]] = [:]
            _ = try export.forEachLine { line, orderID, values in
                var fields: [OrderField: String] = [:]
                for (field, value) in zip(export.fields, values) { if let field { fields[field] = value } }
                linesByOrder[orderID, default: []].append(OrderLine(sourceLine: line, values: fields))
            }
            #expect(linesByOrder.count == 15)
            #expect(linesByOrder.values.contains { $0.count == 2 }, "some orders have two lines")
            var countries: Set<String> = []
            for (orderID, lines) in linesByOrder {
                guard case .shippable(let order) = OrderValidator().validate(lines) else {
                    Issue.record("\(orderID): \(OrderValidator().validate(lines))")
                    continue
                }
                countries.insert(order.recipient.country.alpha2)
            }
            #expect(countries == ["ES", "PT"])
        }
    }

    // MARK: - OR23, OR24

    @Test func trackingThenShipShipsTheOrderAndASecondShipIsRefused() async throws {
        try await Self.withSimulator { simulator, client in
            let id = try #require(await simulator.addGeneratedOrders(count: 1).first)
            let orderURL = simulator.baseURL + "/api/orders/\(id)"
            let noCarrier = try await Self.call(client, .put, orderURL + "/tracking", json: ["tracking_number": "1"])
            #expect(noCarrier.status == 400)

            let tracking = try await Self.call(
                client, .put, orderURL + "/tracking?shop_id=2001",
                json: [
                    "carrier_code": "tipsa", "carrier_name": "TIPSA", "carrier_url": "https://t.example/1",
                    "tracking_number": "0000012345",
                ])
            #expect(tracking.status == 204)
            #expect(tracking.body.isEmpty)
            let shipped = try await Self.call(client, .put, orderURL + "/ship")
            #expect(shipped.status == 204)
            #expect(await simulator.state(orderID: id) == "SHIPPED")
            #expect(
                await simulator.tracking(orderID: id)
                    == MiraklSimulator.Tracking(
                        carrierCode: "tipsa", carrierName: "TIPSA", carrierURL: "https://t.example/1",
                        trackingNumber: "0000012345"))

            let again = try await Self.call(client, .put, orderURL + "/ship")
            #expect(again.status == 400)
            #expect(again.message == "The order \(id) is not in the SHIPPING status")
            #expect(again.object?["status"] as? Int == 400)
            // A tracking correction after shipping is still taken.
            #expect(
                try await Self.call(
                    client, .put, orderURL + "/tracking", json: ["carrier_name": "TIPSA", "tracking_number": "2"]
                ).status == 204)
            #expect(await simulator.trackingUpdates(orderID: id) == 2)
            #expect(await simulator.shipConfirmations(orderID: id) == 1)

            let listed = try await Self.call(client, .get, simulator.baseURL + "/api/orders?order_ids=\(id)")
            let order = try #require(listed.orders.first)
            #expect(order["order_state"] as? String == "SHIPPED")
            #expect(order["shipping_tracking"] as? String == "2")
            #expect(
                (order["order_lines"] as? [[String: Any]])?.allSatisfy {
                    $0["order_line_state"] as? String == "SHIPPED"
                } == true)
        }
    }

    @Test func aCancelledOrderCannotTakeTracking() async throws {
        try await Self.withSimulator { simulator, client in
            let id = try #require(await simulator.addGeneratedOrders(count: 1).first)
            await simulator.cancel(orderID: id)
            let answer = try await Self.call(
                client, .put, simulator.baseURL + "/api/orders/\(id)/tracking", json: ["carrier_code": "ontime"])
            #expect(answer.status == 400)
            #expect(answer.message == "The order \(id) is not in the SHIPPING status")
            #expect(await simulator.trackingUpdates(orderID: id) == 0)
        }
    }

    @Test func anUnknownOrderIsNotFound() async throws {
        try await Self.withSimulator { simulator, client in
            let tracking = try await Self.call(
                client, .put, simulator.baseURL + "/api/orders/NOPE-1-A/tracking", json: ["carrier_code": "tipsa"])
            #expect(tracking.status == 404)
            #expect(tracking.object?["status"] as? Int == 404)
            #expect(try await Self.call(client, .put, simulator.baseURL + "/api/orders/NOPE-1-A/ship").status == 404)
            #expect(await simulator.state(orderID: "NOPE-1-A") == nil)
        }
    }

    @Test func anUnknownOrderIsAdoptedWhenTheSandboxSaysSo() async throws {
        try await Self.withSimulator(options: .init(adoptsUnknownOrders: true)) { simulator, client in
            let url = simulator.baseURL + "/api/orders/FILE-7-A"
            #expect(try await Self.call(client, .put, url + "/tracking", json: ["carrier_code": "tipsa"]).status == 204)
            #expect(try await Self.call(client, .put, url + "/ship").status == 204)
            #expect(await simulator.state(orderID: "FILE-7-A") == "SHIPPED")
            let listed = try await Self.call(client, .get, simulator.baseURL + "/api/orders?order_ids=FILE-7-A")
            #expect(listed.orders.count == 1)
        }
    }

    @Test func anOrderIDWithASpaceASlashAndMoreRoundTripsEscaped() async throws {
        try await Self.withSimulator { simulator, client in
            let id = "ES 12/34#5?ñ-A"
            await simulator.addOrders([["order_id": id, "order_state": "SHIPPING"]])
            var pathAllowed = CharacterSet.urlPathAllowed
            pathAllowed.remove("/")
            let escaped = try #require(id.addingPercentEncoding(withAllowedCharacters: pathAllowed))
            #expect(escaped == "ES%2012%2F34%235%3F%C3%B1-A")

            let answer = try await Self.call(
                client, .put, simulator.baseURL + "/api/orders/\(escaped)/tracking", json: ["carrier_code": "tipsa"])
            #expect(answer.status == 204)
            #expect(await simulator.trackingUpdates(orderID: id) == 1)
            #expect(try await Self.call(client, .put, simulator.baseURL + "/api/orders/\(escaped)/ship").status == 204)
            #expect(await simulator.state(orderID: id) == "SHIPPED")

            let queryEscaped = try #require(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let listed = try await Self.call(client, .get, simulator.baseURL + "/api/orders?order_ids=" + queryEscaped)
            #expect(listed.orders.map { $0["order_id"] as? String } == [id])
        }
    }

    @Test func aShipWithoutContentLengthIsRefusedWith411() async throws {
        try await Self.withSimulator { simulator, _ in
            let id = try #require(await simulator.addGeneratedOrders(count: 1).first)
            let port = try #require(URL(string: simulator.baseURL)?.port)
            let head =
                "PUT /api/orders/\(id)/ship HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAuthorization: \(Self.key)\r\n"
            let bare = try await RawHTTP.exchange(head + "Connection: close\r\n\r\n", port: port)
            #expect(bare.hasPrefix("HTTP/1.1 411"), "\(bare)")
            #expect(bare.contains("\"status\":411"))
            #expect(await simulator.state(orderID: id) == "SHIPPING")

            let framed = try await RawHTTP.exchange(head + "Content-Length: 0\r\nConnection: close\r\n\r\n", port: port)
            #expect(framed.hasPrefix("HTTP/1.1 204"), "\(framed)")
            #expect(await simulator.state(orderID: id) == "SHIPPED")

            let other = try #require(await simulator.addGeneratedOrders(count: 1).first)
            let chunked = try await RawHTTP.exchange(
                head.replacingOccurrences(of: id, with: other)
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n", port: port)
            #expect(chunked.hasPrefix("HTTP/1.1 204"), "a chunked body has a length too: \(chunked)")
        }
    }

    // MARK: - Faults

    @Test func a429CarriesRetryAfterAndAnEarlyRepeatCountsAsAViolation() async throws {
        // A long wait, so that the repeat is early however slow a loaded machine makes it.
        let behaviour = SimulatorBehaviour(faultRate: 1, faults: [.tooManyRequests(retryAfterSeconds: 30)])
        try await Self.withSimulator(behaviour: behaviour) { simulator, client in
            let url = simulator.baseURL + "/api/orders"
            #expect(try await Self.call(client, .get, url, key: "wrong").status == 401, "the key is checked first")

            let first = try await Self.call(client, .get, url)
            #expect(first.status == 429)
            #expect(first.retryAfter == "30")
            #expect(first.object?["status"] as? Int == 429)
            #expect(await simulator.retryAfterViolations() == 0)

            _ = try await Self.call(client, .get, url)
            #expect(await simulator.retryAfterViolations() == 1)
        }
    }

    @Test func aRepeatAfterTheRetryAfterIsNoViolation() async throws {
        let behaviour = SimulatorBehaviour(faultRate: 1, faults: [.tooManyRequests(retryAfterSeconds: 1)])
        let clock = ManualClock()
        let options = MiraklSimulator.Options(timeline: Timeline(clock))
        try await Self.withSimulator(options: options, behaviour: behaviour) { simulator, client in
            let url = simulator.baseURL + "/api/orders"
            let refused = try await Self.call(client, .get, url)
            clock.advance(by: .seconds(1))
            let repeated = try await Self.call(client, .get, url)

            #expect(refused.status == 429)
            #expect(repeated.status == 429)
            #expect(await simulator.retryAfterViolations() == 0)
        }
    }

    @Test func acceptThenDropShipsTheOrderButTheClientHearsNothing() async throws {
        let behaviour = SimulatorBehaviour(faultRate: 1, faults: [.acceptThenDrop])
        try await Self.withSimulator(behaviour: behaviour) { simulator, client in
            let id = try #require(await simulator.addGeneratedOrders(count: 1).first)
            await #expect(throws: (any Error).self) {
                _ = try await Self.call(client, .put, simulator.baseURL + "/api/orders/\(id)/ship")
            }
            #expect(await simulator.state(orderID: id) == "SHIPPED")
            #expect(await simulator.shipConfirmations(orderID: id) == 1)
            await #expect(throws: (any Error).self) {
                _ = try await Self.call(client, .get, simulator.baseURL + "/api/orders")
            }
            #expect(await simulator.listCalls() == 0)
        }
    }

    @Test func miraklsOwnTransientAndPermanentRefusalsAreJSON() async throws {
        let behaviour = SimulatorBehaviour(faultRate: 1, faults: [.carrierTransient, .carrierPermanent])
        try await Self.withSimulator(behaviour: behaviour) { simulator, client in
            let transient = try await Self.call(client, .get, simulator.baseURL + "/api/orders")
            #expect(transient.status == 503)
            #expect(transient.object?["status"] as? Int == 503)
            let permanent = try await Self.call(client, .get, simulator.baseURL + "/api/orders")
            #expect(permanent.status == 400)
            #expect(permanent.message?.isEmpty == false)
        }
    }

    @Test(arguments: MiraklSimulator.ListBreakage.allCases)
    func aBrokenListAnswerIsBrokenThatWayUntilRepaired(_ breakage: MiraklSimulator.ListBreakage) async throws {
        try await Self.withSimulator { simulator, client in
            await simulator.addGeneratedOrders(count: 5)
            await simulator.breakListAnswers(breakage)
            let url = simulator.baseURL + "/api/orders"
            let broken = try await Self.call(client, .get, url)
            #expect(broken.status == 200)
            switch breakage {
            case .malformedJSON:
                #expect(broken.contentType == "application/json")
                #expect(broken.object == nil)
            case .htmlPage:
                #expect(broken.contentType?.hasPrefix("text/html") == true)
                #expect(String(decoding: broken.body, as: UTF8.self).contains("<html>"))
            case .wrongTotalCount:
                let total = try #require(broken.object?["total_count"] as? Int)
                #expect(total > 5 && broken.orders.count == 5)
                let beyond = try await Self.call(client, .get, url + "?offset=5")
                #expect(beyond.orders.isEmpty, "the pages run out before total_count")
                #expect(Self.linkURL(beyond.link, rel: "next") != nil)
            case .orderWithoutID:
                #expect(broken.orders.count == 5)
                #expect(broken.orders.filter { $0["order_id"] == nil }.count == 1)
            }

            await simulator.breakListAnswers(nil)
            let repaired = try await Self.call(client, .get, url)
            #expect(repaired.orders.compactMap { $0["order_id"] as? String }.count == 5)
            #expect(repaired.object?["total_count"] as? Int == 5)
        }
    }

    // MARK: - Control

    @Test func controlCallsAddAndCancelOrdersAndCountWhatHappened() async throws {
        try await Self.withSimulator { simulator, client in
            let added = try await Self.call(client, .post, simulator.baseURL + "/_simulator/orders?count=3", key: nil)
            #expect(added.object?["order_ids"] as? [String] == ["MKL-1-A", "MKL-2-A", "MKL-3-A"])
            #expect(
                try await Self.call(
                    client, .post, simulator.baseURL + "/_simulator/orders/MKL-2-A/cancel", key: nil
                ).status == 204)
            #expect(
                try await Self.call(
                    client, .post, simulator.baseURL + "/_simulator/orders/NOPE/cancel", key: nil
                ).status == 404)
            #expect(await simulator.state(orderID: "MKL-2-A") == "CANCELED")
            _ = try await Self.call(
                client, .put, simulator.baseURL + "/api/orders/MKL-1-A/tracking", json: ["carrier_code": "tipsa"])
            _ = try await Self.call(client, .put, simulator.baseURL + "/api/orders/MKL-1-A/ship")

            let stats = try await Self.call(client, .get, simulator.statsURL, key: nil)
            #expect(stats.object?["tracking_updates"] as? [String: Int] == ["MKL-1-A": 1])
            #expect(stats.object?["ship_confirmations"] as? [String: Int] == ["MKL-1-A": 1])
            let totals = stats.object?["totals"] as? [String: Int]
            #expect(
                totals?["orders"] == 3 && totals?["ship_confirmations"] == 1 && totals?["retry_after_violations"] == 0)
        }
    }

    @Test func theEnvironmentPointsAtTheSimulator() async throws {
        try await Self.withSimulator(options: .init(apiKey: "k-1", shopID: nil)) { simulator, _ in
            #expect(simulator.environment == ["MIRAKL_URL": simulator.baseURL, "MIRAKL_API_KEY": "k-1"])
        }
        let sandbox = try await Sandbox.start(mirakl: .init(), logger: Self.logger)
        #expect(sandbox.environment["MIRAKL_SHOP_ID"] == "2001")
        #expect(sandbox.environment["MIRAKL_URL"] == sandbox.mirakl?.baseURL)
        #expect(sandbox.environment["TIPSA_URL"] != nil)
        await sandbox.stop()
    }

    // MARK: - HTTP

    enum Method { case get, put, post }

    /// What a client sees of an answer.
    struct Answer {
        var status: Int
        var contentType: String?
        var link: String?
        var retryAfter: String?
        var body: Data

        var object: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
        var orders: [[String: Any]] { object?["orders"] as? [[String: Any]] ?? [] }
        var message: String? { object?["message"] as? String }
    }

    /// One call with the shop's key (nil: no `Authorization` header) and, for a PUT, a JSON body or none.
    static func call(
        _ client: HTTPClient, _ method: Method, _ url: String, key: String? = key, json: [String: String]? = nil
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        switch method {
        case .get: request.method = .GET
        case .put: request.method = .PUT
        case .post: request.method = .POST
        }
        if let key { request.headers.add(name: "Authorization", value: key) }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(try JSONSerialization.data(withJSONObject: json))
        }
        let response = try await client.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 8 << 20)
        return Answer(
            status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"),
            link: response.headers.first(name: "Link"), retryAfter: response.headers.first(name: "Retry-After"),
            body: Data(body.readableBytesView))
    }

    /// The URL of the `Link` header's `rel`, found by its `>; rel="…"` end: the URLs hold commas, so the header
    /// cannot be split on them.
    static func linkURL(_ header: String?, rel: String) -> String? {
        guard let header, let end = header.range(of: ">; rel=\"\(rel)\""),
            let start = header[..<end.lowerBound].lastIndex(of: "<")
        else { return nil }
        return String(header[header.index(after: start)..<end.lowerBound])
    }
}

/// Exchanges raw bytes with a loopback server on a fresh connection and reads until the server closes it: the one way
/// to send a PUT without `Content-Length`, which AsyncHTTPClient always adds.
///
/// The blocking socket calls run on a dispatch queue, off the cooperative pool.
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func exchange(_ request: String, port: Int) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingExchange(request, port: port) })
            }
        }
    }

    private static func blockingExchange(_ request: String, port: Int) throws -> String {
        #if canImport(Glibc)
            let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let socketFD = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socketFD >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        defer { close(socketFD) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect() failed: errno \(errno)") }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(socketFD, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send() failed: errno \(errno)") }
            sent += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
