import AsyncHTTPClient
import Foundation
import Logging
import Mirakl
import Simulators
import Testing

@testable import RemoteCalls

/// The Mirakl client against the Mirakl simulator over loopback: the wire format, the key, paging, escaping, and
/// what each kind of answer means.
@Suite struct MiraklClientTests {
    /// A client for `simulator`'s shop (or `account`), with the given call limits.
    private static func withClient<T>(
        _ simulator: MiraklSimulator, apiKey: String? = nil, budget: Int = 1000,
        _ body: (MiraklClient) async throws -> T
    ) async throws -> T {
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let environment = simulator.environment
        let account = MiraklAccount(
            baseURL: environment["MIRAKL_URL"] ?? "", apiKey: apiKey ?? environment["MIRAKL_API_KEY"] ?? "",
            shopID: environment["MIRAKL_SHOP_ID"])
        let client = MiraklClient(
            account: account,
            connection: RemoteConnection(
                httpClient: http, callTimeout: .seconds(5), callGate: CallGate(maxInFlight: 4),
                logger: Logger(label: "test.mirakl.client")),
            budget: MiraklCallBudget(limit: budget))
        do {
            let result = try await body(client)
            try await http.shutdown()
            return result
        } catch {
            try await http.shutdown()
            throw error
        }
    }

    private static func start(_ behaviour: SimulatorBehaviour = .init()) async throws -> MiraklSimulator {
        try await MiraklSimulator.start(behaviour: behaviour, logger: Logger(label: "test.mirakl"))
    }

    @Test func pagesOfAHundredCoverEveryOrderChangedSinceTheDate() async throws {
        let simulator = try await Self.start()
        let ids = await simulator.addGeneratedOrders(count: 250, prefix: "PAGE")
        let pages = try await Self.withClient(simulator) { client in
            var pages: [MiraklOrderPage] = []
            for offset in [0, 100, 200] {
                pages.append(try await client.ordersPage(updatedSince: Date().addingTimeInterval(-60), offset: offset))
            }
            return pages
        }
        let later = try await Self.withClient(simulator) { client in
            try await client.ordersPage(updatedSince: Date().addingTimeInterval(60), offset: 0)
        }
        await simulator.stop()

        #expect(pages.map(\.orders.count) == [100, 100, 50])
        #expect(pages.allSatisfy { $0.totalCount == 250 })
        #expect(pages.flatMap(\.orders).map(\.id) == ids)
        #expect(pages[0].orders[0].state == "SHIPPING")
        let first = try JSONSerialization.jsonObject(with: pages[0].orders[0].json) as? [String: Any]
        #expect(first?["order_id"] as? String == ids[0] && first?["order_lines"] != nil, "the whole order is kept")
        #expect(later.orders.isEmpty && later.totalCount == 0)
    }

    @Test func trackingAndConfirmationReachTheOrderWhateverItsIdHolds() async throws {
        let simulator = try await Self.start()
        let id = "Pedido 7/B#?ñ-A"
        await simulator.addOrders([["order_id": id, "order_state": "SHIPPING"]])
        let tracking = MiraklTracking(
            carrierCode: "", carrierName: "TIPSA", carrierURL: "https://t.example/1", trackingNumber: "1")
        let found = try await Self.withClient(simulator) { client in
            try await client.updateTracking(orderID: id, tracking)
            try await client.confirmShipment(orderID: id)
            return try await client.orders(ids: [id, "NOT-THERE"])
        }
        let stored = await simulator.tracking(orderID: id)
        let confirmations = await simulator.shipConfirmations(orderID: id)
        await simulator.stop()

        #expect(
            stored?.carrierName == "TIPSA" && stored?.carrierURL == "https://t.example/1" && stored?.carrierCode == nil)
        #expect(confirmations == 1, "OR24 sent with a length, so not refused with 411")
        #expect(found.map(\.id) == [id] && found.first?.isShipped == true)
    }

    @Test func aRefusedKeyMakesMiraklUnusableAndIsNeverRepeatedInTheMessage() async throws {
        let simulator = try await Self.start()
        let error = await #expect(throws: CallError.self) {
            try await Self.withClient(simulator, apiKey: "secret-wrong-key") { client in
                try await client.ordersPage(updatedSince: Date(), offset: 0)
            }
        }
        await simulator.stop()

        #expect(error?.kind == .unavailable)
        #expect(error?.message.contains("MIRAKL_API_KEY") == true)
        #expect(error.map { !"\($0)".contains("secret-wrong-key") } == true)
    }

    @Test func aRefusalForOneOrderIsPermanentAndCarriesMiraklsWords() async throws {
        let simulator = try await Self.start()
        await simulator.addOrders([["order_id": "DONE-A", "order_state": "SHIPPED"]])
        let error = await #expect(throws: CallError.self) {
            try await Self.withClient(simulator) { client in try await client.confirmShipment(orderID: "DONE-A") }
        }
        await simulator.stop()

        #expect(error?.kind == .permanent)
        #expect(error?.message.contains("HTTP 400") == true)
        #expect(error?.message.contains("is not in the SHIPPING status") == true, "\(String(describing: error))")
    }

    @Test func aTooManyRequestsHoldsEveryCallUntilRetryAfter() async throws {
        // Every second call is refused with `Retry-After: 1`.
        let simulator = try await Self.start(
            SimulatorBehaviour(faultRate: 0.5, faults: [.tooManyRequests(retryAfterSeconds: 1)]))
        let (refusal, waited) = try await Self.withClient(simulator) { client in
            _ = try await client.ordersPage(updatedSince: Date(), offset: 0)
            var refusal: CallError?
            // From before the refused call: the hold runs from its answer, so this can only be longer.
            let started = ContinuousClock.now
            do throws(CallError) {
                _ = try await client.ordersPage(updatedSince: Date(), offset: 0)
            } catch {
                refusal = error
            }
            _ = try await client.ordersPage(updatedSince: Date(), offset: 100)
            return (refusal, ContinuousClock.now - started)
        }
        await simulator.stop()

        #expect(refusal?.kind == .transient && refusal?.retryAfterSeconds == 1)
        #expect(waited >= .seconds(1), "another call, not the refused one, still waited: \(waited)")
    }

    @Test func theRunsCallBudgetStopsTheCallsPastIt() async throws {
        let simulator = try await Self.start()
        let error = await #expect(throws: CallError.self) {
            try await Self.withClient(simulator, budget: 2) { client in
                for _ in 0..<3 { _ = try await client.ordersPage(updatedSince: Date(), offset: 0) }
            }
        }
        let calls = await simulator.listCalls()
        await simulator.stop()

        #expect(error?.kind == .unavailable && error?.message.contains("max_calls_per_run") == true)
        #expect(calls == 2)
    }

    @Test(arguments: [
        ("Wed, 21 Oct 2015 07:28:00 GMT", 30.0), ("Wednesday, 21-Oct-15 07:28:00 GMT", 30.0),
        ("Wed Oct 21 07:28:00 2015", 30.0), ("120", 120.0), ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),
    ])
    func retryAfterIsReadAsSecondsOrAsAnHTTPDate(_ header: String, _ seconds: Double) {
        let now = Date(timeIntervalSince1970: 1_445_412_450)  // 2015-10-21 07:27:30 UTC
        let reply = HTTPReply(status: 429, headers: [("Retry-After", header)], body: Data())
        #expect(reply.retryAfterSeconds(now: now) == seconds)
    }

    @Test(arguments: [
        ([:], "absent"), (["MIRAKL_URL": "https://x.mirakl.net"], "incomplete"),
        (["MIRAKL_URL": "https://x.mirakl.net/api/", "MIRAKL_API_KEY": "k"], "configured"),
    ])
    func theEnvironmentConfiguresMiraklWhollyOrNotAtAll(_ environment: [String: String], _ expected: String) {
        switch MiraklAccount.configuration(environment: environment) {
        case .absent: #expect(expected == "absent")
        case .incomplete(let missing): #expect(expected == "incomplete" && missing == ["MIRAKL_API_KEY"])
        case .configured(let account): #expect(expected == "configured" && account.baseURL == "https://x.mirakl.net")
        }
    }
}
