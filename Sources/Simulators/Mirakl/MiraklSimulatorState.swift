import Foundation
import RemoteCalls

/// Everything the Mirakl simulator remembers: the orders, their state, what OR23 and OR24 did to them, the calls
/// told to wait by a 429, and how the list answers are broken for bad-input tests.
actor MiraklSimulatorState {
    struct Order: Sendable {
        let id: String
        var state: String
        /// Set once the simulator changed the state: from then on the lines follow the order's state, as Mirakl's do
        /// when an order is shipped or cancelled whole.
        ///
        /// Until then the lines are as the order was added.
        var isStateChanged = false
        /// What the list is sorted by; the text is what was added, kept to the character.
        let createdDate: Date
        let createdDateText: String
        /// Whole seconds, as the text Mirakl shows: `start_update_date` compares what a client can see.
        var lastUpdatedDate: Date
        var lastUpdatedDateText: String
        /// The OR11 object as added, as JSON.
        ///
        /// The simulator hands it back with its own fields set and reads nothing else, so that bad-input tests can add
        /// any shape they like.
        let object: Data
        var tracking: MiraklSimulator.Tracking?
        var trackingUpdates = 0
        var shipConfirmations = 0
    }

    /// Which orders an OR11 call asks for.
    struct ListFilter: Sendable {
        var states: Set<String> = []
        var ids: Set<String> = []
        var updatedSince: Date?
        var isDescending = false

        func matches(_ order: Order) -> Bool {
            (states.isEmpty || states.contains(order.state)) && (ids.isEmpty || ids.contains(order.id))
                && (updatedSince.map { order.lastUpdatedDate >= $0 } ?? true)
        }
    }

    struct Page: Sendable {
        var orders: [Order]
        /// Every order that matches, not only this page's.
        var totalCount: Int
        var breakage: MiraklSimulator.ListBreakage?
    }

    enum ChangeOutcome: Sendable, Equatable {
        case accepted
        case unknownOrder
        /// The order's state forbids the call; the state it is in.
        case wrongState(String)
        /// OR23 without a carrier code or name.
        case missingCarrier
    }

    /// An order `addOrders` could not take.
    struct InvalidOrder: Error, CustomStringConvertible {
        var description: String
    }

    struct Stats: Sendable {
        var orders: Int
        var trackingUpdates: [String: Int]
        var shipConfirmations: [String: Int]
        var listCalls: Int
        var retryAfterViolations: Int
    }

    private let adoptsUnknownOrders: Bool
    private let generator = MiraklOrderGenerator()
    private var ordersByID: [String: Order] = [:]
    /// Order ids by created date, then id; rebuilt on the next list after an add, since adds come in batches.
    private var sortedIDs: [String] = []
    private var isSortStale = false
    private var lastNumberByPrefix: [String: Int] = [:]
    /// Generated orders are created a second apart from a day before the start, so that their order in the list is
    /// their order of generation and no created date lies ahead of the clock for the first 86,400.
    private let generationEpoch = MiraklSimulatorState.wholeSeconds(Date().addingTimeInterval(-86_400))
    private var generatedCount = 0
    private let timeline: Timeline
    /// Method and path → the end of the pause a 429 asked for, on `timeline`.
    private var retryNotBefore: [String: Duration] = [:]
    private(set) var listCalls = 0
    private(set) var retryAfterViolations = 0
    private(set) var listBreakage: MiraklSimulator.ListBreakage?

    init(adoptsUnknownOrders: Bool, timeline: Timeline) {
        self.adoptsUnknownOrders = adoptsUnknownOrders
        self.timeline = timeline
    }

    // MARK: - Adding orders

    /// Adds `count` generated orders under `prefix`, numbered on from the last one with that prefix.
    func addGenerated(count: Int, prefix: String) -> [String] {
        var ids: [String] = []
        for _ in 0..<max(0, count) {
            var number = lastNumberByPrefix[prefix, default: 0] + 1
            while ordersByID["\(prefix)-\(number)-A"] != nil { number += 1 }
            lastNumberByPrefix[prefix] = number
            let id = "\(prefix)-\(number)-A"
            insert(generated(id: id, number: number))
            ids.append(id)
        }
        return ids
    }

    /// Adds an order given as an OR11 object; it replaces an order with the same id.
    func add(_ given: [String: any Sendable]) throws(InvalidOrder) {
        guard let id = given["order_id"] as? String, !id.isEmpty else {
            throw InvalidOrder(description: "an order without a text order_id")
        }
        guard let state = given["order_state"] as? String else {
            throw InvalidOrder(description: "order \(id) has no text order_state")
        }
        let object = given as [String: Any]
        guard JSONSerialization.isValidJSONObject(object),
            let json = try? JSONSerialization.data(withJSONObject: object)
        else {
            throw InvalidOrder(description: "order \(id) holds values that are not JSON")
        }
        let now = Self.wholeSeconds(Date())
        // A date that does not parse is handed back as it was, for bad-input tests; it sorts and filters as now.
        let createdText = given["created_date"] as? String ?? Self.text(now)
        let updatedText = given["last_updated_date"] as? String ?? Self.text(now)
        insert(
            Order(
                id: id, state: state, createdDate: Self.date(createdText) ?? now, createdDateText: createdText,
                lastUpdatedDate: Self.date(updatedText).map(Self.wholeSeconds) ?? now, lastUpdatedDateText: updatedText,
                object: json))
    }

    private func generated(id: String, number: Int) -> Order {
        generatedCount += 1
        let now = Self.wholeSeconds(Date())
        let created = generationEpoch.addingTimeInterval(Double(generatedCount))
        let object = generator.order(
            id: id, number: number, createdDate: Self.text(created), lastUpdatedDate: Self.text(now),
            shippingDeadline: Self.text(now.addingTimeInterval(3 * 86_400)))
        return Order(
            id: id, state: "SHIPPING", createdDate: created, createdDateText: Self.text(created), lastUpdatedDate: now,
            lastUpdatedDateText: Self.text(now), object: (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        )
    }

    private func insert(_ order: Order) {
        if ordersByID.updateValue(order, forKey: order.id) == nil { sortedIDs.append(order.id) }
        isSortStale = true
    }

    // MARK: - OR11

    /// The page of orders matching `filter` from `offset`, counted as one list call.
    func listPage(_ filter: ListFilter, offset: Int, max: Int) -> Page {
        listCalls += 1
        if isSortStale {
            sortedIDs.sort { first, second in
                guard let a = ordersByID[first], let b = ordersByID[second] else { return first < second }
                return a.createdDate == b.createdDate ? a.id < b.id : a.createdDate < b.createdDate
            }
            isSortStale = false
        }
        let ids = filter.isDescending ? Array(sortedIDs.reversed()) : sortedIDs
        let matches = ids.compactMap { ordersByID[$0] }.filter(filter.matches)
        return Page(
            orders: Array(matches.dropFirst(offset).prefix(max)), totalCount: matches.count, breakage: listBreakage)
    }

    func setListBreakage(_ breakage: MiraklSimulator.ListBreakage?) {
        listBreakage = breakage
    }

    // MARK: - OR23, OR24 and state changes

    /// OR23: stores the tracking when the order is in SHIPPING or SHIPPED and names a carrier.
    func updateTracking(_ tracking: MiraklSimulator.Tracking, orderID: String) -> ChangeOutcome {
        guard var order = existingOrAdopted(orderID) else { return .unknownOrder }
        guard order.state == "SHIPPING" || order.state == "SHIPPED" else { return .wrongState(order.state) }
        guard tracking.namesCarrier else { return .missingCarrier }
        order.tracking = tracking
        order.trackingUpdates += 1
        touch(&order)
        ordersByID[orderID] = order
        return .accepted
    }

    /// OR24: SHIPPING → SHIPPED; any other state, SHIPPED included, is refused.
    func ship(orderID: String) -> ChangeOutcome {
        guard var order = existingOrAdopted(orderID) else { return .unknownOrder }
        guard order.state == "SHIPPING" else { return .wrongState(order.state) }
        order.state = "SHIPPED"
        order.isStateChanged = true
        order.shipConfirmations += 1
        touch(&order)
        ordersByID[orderID] = order
        return .accepted
    }

    /// Sets the state as the operator or the customer would; false when there is no such order.
    @discardableResult
    func setState(_ state: String, orderID: String) -> Bool {
        guard var order = ordersByID[orderID] else { return false }
        order.state = state
        order.isStateChanged = true
        touch(&order)
        ordersByID[orderID] = order
        return true
    }

    func order(id: String) -> Order? { ordersByID[id] }

    /// The order, or — when the simulator adopts unknown orders — a generated one created for the call, in
    /// SHIPPING, as if it had been exported from this Mirakl by hand before.
    private func existingOrAdopted(_ id: String) -> Order? {
        if let order = ordersByID[id] { return order }
        guard adoptsUnknownOrders else { return nil }
        let order = generated(id: id, number: generatedCount)
        insert(order)
        return order
    }

    private func touch(_ order: inout Order) {
        order.lastUpdatedDate = Self.wholeSeconds(Date())
        order.lastUpdatedDateText = Self.text(order.lastUpdatedDate)
    }

    // MARK: - Retry-After

    /// Counts a violation when a 429 asked this method and path to wait and the wait is not over.
    func noteArrival(_ key: String) {
        guard let notBefore = retryNotBefore[key] else { return }
        if timeline.now < notBefore {
            retryAfterViolations += 1
        } else {
            retryNotBefore[key] = nil
        }
    }

    /// Records that a 429 just told this method and path to wait `seconds`.
    ///
    /// The wait runs from now, before the answer leaves, so that a client timing it from the answer's arrival is never
    /// counted early.
    func holdOff(_ key: String, seconds: Int) {
        retryNotBefore[key] = timeline.now + .seconds(seconds)
    }

    // MARK: - Stats

    func stats() -> Stats {
        Stats(
            orders: ordersByID.count,
            trackingUpdates: ordersByID.values.filter { $0.trackingUpdates > 0 }
                .reduce(into: [:]) { $0[$1.id] = $1.trackingUpdates },
            shipConfirmations: ordersByID.values.filter { $0.shipConfirmations > 0 }
                .reduce(into: [:]) { $0[$1.id] = $1.shipConfirmations },
            listCalls: listCalls, retryAfterViolations: retryAfterViolations)
    }

    // MARK: - Dates

    /// `2026-11-30T10:00:00Z`, as Mirakl writes its dates.
    static func text(_ date: Date) -> String { date.formatted(Date.ISO8601FormatStyle()) }

    /// An ISO 8601 date with a zone (`Z`, `+00:00`, `+0100`), with or without fractional seconds.
    static func date(_ text: String) -> Date? { try? Date.ISO8601FormatStyle().parse(text) }

    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
