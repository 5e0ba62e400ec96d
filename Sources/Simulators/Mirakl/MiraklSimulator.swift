import Foundation
import Hummingbird
import Logging
import RemoteCalls

/// A loopback Mirakl seller API for `--sandbox`, `simulate`, tests and benchmarks.
///
/// It lists orders (OR11, offset pages with `total_count` and a `Link` header), stores tracking (OR23) and ships orders
/// (OR24), and counts both per order, so that callers can prove every order was confirmed once. The refusals a client
/// must survive — a page too large, more than 100 ids, an order no longer in SHIPPING, a PUT without a length, a 429
/// with `Retry-After` — are answered as the public sources describe them (docs/reference/calls.md); where they are
/// silent (exact texts, the 400 for `max` over 100) the simulator's choice is the strict one.
package final class MiraklSimulator: Sendable {
    /// `http://127.0.0.1:PORT`; a client appends `/api/orders…` as it would to its Mirakl instance's URL.
    package var baseURL: String { server.baseURL }
    let options: Options
    let state: MiraklSimulatorState
    private let server: LoopbackServer
    private let logger: Logger

    private init(options: Options, state: MiraklSimulatorState, server: LoopbackServer, logger: Logger) {
        self.options = options
        self.state = state
        self.server = server
        self.logger = logger
    }

    /// Starts a simulator on 127.0.0.1 (an ephemeral port unless `behaviour.port` says otherwise), holding no orders.
    package static func start(
        options: Options = .init(), behaviour: SimulatorBehaviour = .init(), logger: Logger
    ) async throws -> MiraklSimulator {
        let state = MiraklSimulatorState(adoptsUnknownOrders: options.adoptsUnknownOrders, timeline: options.timeline)
        let endpoint = MiraklSimulatorEndpoint(
            options: options, faults: FaultInjector(behaviour), state: state, logger: logger)
        let server = try await LoopbackServer.start(name: "Mirakl simulator", port: behaviour.port, logger: logger) {
            router in
            router.get("api/orders") { request, context in
                try await endpoint.respond(to: request, context: context, operation: .listOrders)
            }
            router.put("api/orders/{order_id}/tracking") { request, context in
                try await endpoint.respond(to: request, context: context, operation: .updateTracking)
            }
            router.put("api/orders/{order_id}/ship") { request, context in
                try await endpoint.respond(to: request, context: context, operation: .ship)
            }
            // For `orchestrator simulate`, where the orders must come from another process.
            router.post("_simulator/orders") { request, _ in await endpoint.addGeneratedOrders(request) }
            router.post("_simulator/orders/{order_id}/cancel") { _, context in await endpoint.cancel(context) }
            router.get("_simulator/stats") { _, _ in await endpoint.stats() }
        }
        return MiraklSimulator(options: options, state: state, server: server, logger: logger)
    }

    /// `GET` it for the tracking updates and ship confirmations per order and in all.
    package var statsURL: String { server.baseURL + "/_simulator/stats" }

    /// The environment that points the Mirakl client at this simulator.
    package var environment: [String: String] {
        var environment = ["MIRAKL_URL": baseURL, "MIRAKL_API_KEY": options.apiKey]
        environment["MIRAKL_SHOP_ID"] = options.shopID
        return environment
    }

    /// Stops the server and waits until it has closed.
    package func stop() async { await server.stop() }

    // MARK: - Orders

    /// Adds `count` generated orders in SHIPPING, ids `<prefix>-<n>-A` with `n` counting on from those already added
    /// with that prefix; returns their ids in order, which is also their order in the list.
    @discardableResult
    package func addGeneratedOrders(count: Int, prefix: String = "MKL") async -> [String] {
        await state.addGenerated(count: count, prefix: prefix)
    }

    /// Adds orders given as OR11 order objects (`[String: any Sendable]`, values that `JSONSerialization` writes:
    /// strings, numbers, booleans, `NSNull`, arrays and dictionaries of them).
    ///
    /// Each must hold a text `order_id` and `order_state`; `created_date` and `last_updated_date` are set to now when
    /// missing and handed back as given when present, even unparseable. Everything else is answered as given, so
    /// bad-input tests can add any shape. An order that cannot be taken is logged and left out; one with the id of an
    /// order already there replaces it.
    package func addOrders(_ orders: [[String: any Sendable]]) async {
        for order in orders {
            do {
                try await state.add(order)
            } catch {
                logger.error("Mirakl simulator left out an order", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Sets an order's state (`CANCELED`, `REFUSED`, `SHIPPED`, …), as the operator or the customer would, and its
    /// `last_updated_date` to now, so that a client polling by `start_update_date` sees the change.
    package func setState(_ state: String, orderID: String) async {
        await self.state.setState(state, orderID: orderID)
    }

    /// Cancels the order (its state becomes `CANCELED`).
    package func cancel(orderID: String) async { await setState("CANCELED", orderID: orderID) }

    /// The order's state, or nil when the simulator has no such order.
    package func state(orderID: String) async -> String? { await state.order(id: orderID)?.state }

    /// OR23 calls accepted for the order (those cut off by an accept-then-drop fault included: the change stood).
    package func trackingUpdates(orderID: String) async -> Int { await state.order(id: orderID)?.trackingUpdates ?? 0 }

    /// OR24 calls accepted for the order (those cut off by an accept-then-drop fault included: the order shipped).
    package func shipConfirmations(orderID: String) async -> Int {
        await state.order(id: orderID)?.shipConfirmations ?? 0
    }

    /// The tracking fields OR23 last stored for the order; nil before any.
    package func tracking(orderID: String) async -> Tracking? { await state.order(id: orderID)?.tracking }

    // MARK: - Calls

    /// The most calls it ever answered at once.
    package var peakConcurrentCalls: Int { server.peakConcurrentRequests }

    /// How many calls it answered, refusals and the `_simulator` ones included.
    package var totalCalls: Int { server.totalRequests }

    /// OR11 calls answered with a page of orders (broken ones included), not those refused or faulted.
    package func listCalls() async -> Int { await state.listCalls }

    /// Calls that came sooner than the `Retry-After` of a 429 answered to the same method and path.
    ///
    /// Should stay 0.
    package func retryAfterViolations() async -> Int { await state.retryAfterViolations }

    /// While set, every OR11 page is broken this way, for the client's bad-input tests; nil answers normally.
    package func breakListAnswers(_ breakage: ListBreakage?) async { await state.setListBreakage(breakage) }
}

extension MiraklSimulator {
    /// What the simulator accepts as the seller's account, and how it treats orders it never heard of.
    ///
    /// How slow and faulty it is comes from `SimulatorBehaviour`.
    package struct Options: Sendable {
        /// The simulator's demo key (not a Mirakl secret).
        package static let demoAPIKey = "sandbox-mirakl-key"
        package static let demoShopID = "2001"

        /// Compared with the whole `Authorization` header: Mirakl takes the raw key, no `Bearer`.
        package var apiKey: String
        /// A `shop_id` query parameter naming another shop is refused with 401; nil accepts any.
        package var shopID: String?
        /// When true, OR23 or OR24 for an order the simulator never heard of first creates it in SHIPPING.
        ///
        /// The sandbox wants this: orders that reach the program by file were exported from this same Mirakl by hand.
        package var adoptsUnknownOrders: Bool
        /// Times the pauses its 429s ask for: the continuous clock, or a test's.
        package var timeline: Timeline

        package init(
            apiKey: String = demoAPIKey, shopID: String? = demoShopID, adoptsUnknownOrders: Bool = false,
            timeline: Timeline = .continuous
        ) {
            self.apiKey = apiKey
            self.shopID = shopID
            self.adoptsUnknownOrders = adoptsUnknownOrders
            self.timeline = timeline
        }
    }

    /// What OR23 stored for an order: its body's fields, nil where the body had none.
    package struct Tracking: Sendable, Equatable {
        package var carrierCode: String?
        package var carrierName: String?
        package var carrierURL: String?
        package var trackingNumber: String?

        package init(
            carrierCode: String? = nil, carrierName: String? = nil, carrierURL: String? = nil,
            trackingNumber: String? = nil
        ) {
            self.carrierCode = carrierCode
            self.carrierName = carrierName
            self.carrierURL = carrierURL
            self.trackingNumber = trackingNumber
        }

        /// OR23 needs a registered carrier (`carrier_code`) or a free-text one (`carrier_name`).
        var namesCarrier: Bool { !(carrierCode ?? "").isEmpty || !(carrierName ?? "").isEmpty }
    }

    /// How `breakListAnswers(_:)` spoils the OR11 pages.
    package enum ListBreakage: Sendable, CaseIterable {
        /// 200 with a JSON body cut off halfway, as when a proxy drops the end of a stream.
        case malformedJSON
        /// 200 with an HTML maintenance page, as a misconfigured front server serves.
        case htmlPage
        /// `total_count` two pages larger than the orders there are: the pages run out early.
        case wrongTotalCount
        /// One order of each non-empty page (the middle one) lacks `order_id`.
        case orderWithoutID
    }
}
