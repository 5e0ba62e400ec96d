import AsyncHTTPClient
import Carriers
import Foundation
import Logging
import RemoteCalls

/// Books, finds, labels, hands over and tracks OnTime shipments through Alertran GTS's REST + JSON web service.
///
/// Every call carries HTTP Basic auth and is bounded by `callTimeout`. Errors are `CallError`s classified as
/// described in `HTTPTransport` (HTTP outcomes) and `OnTimeRefusal` (`resultado: KO`); none of them, nor any
/// log line, holds the password.
///
/// OnTime's flow: `documentarEnvio` books and returns the label; `entregaRecogidas` hands over the day's expeditions
/// (and attaches them to a pickup); only then does `detalles` by expedition number know them (before: `codigo_error` 3).
package struct OnTimeClient: CarrierClient {
    package let carrierCode = "ontime"

    /// OnTime pages `detalles` results by 150.
    static let pageSize = 150
    /// OnTime refuses a date range longer than 7 days.
    static let lookupDays = 7
    /// Pages read at most for one reference lookup.
    static let maxLookupPages = 20
    /// `ENVIO_CON_RECOGIDA` of the handover call.
    package enum Pickup: String, Sendable {
        /// `S`: create today's pickup, or attach to the one already asked for today.
        case todays = "S"
        /// `N`: the shipper has a fixed pickup agreed with OnTime.
        case agreed = "N"
    }

    private let transport: OnTimeTransport
    private let account: OnTimeAccount
    private let pickup: Pickup
    private let logger: Logger
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - baseURL: e.g. `https://ontimegts.alertran.net/gts/seam/resource/restv1/auth`; the endpoint is appended.
    ///   - callTimeout: the deadline of each HTTP call.
    ///   - callGate: OnTime's limits on calls in flight and per second (none unless given).
    ///   - pickup: how handed-over expeditions are picked up.
    ///   - now: the clock that gives the reference lookup's date range.
    package init(
        baseURL: String, account: OnTimeAccount, httpClient: HTTPClient, callTimeout: Duration = .seconds(30),
        callGate: CallGate = CallGate(), pickup: Pickup = .todays, logger: Logger,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.transport = OnTimeTransport(
            baseURL: baseURL, account: account, httpClient: httpClient, callTimeout: callTimeout, callGate: callGate,
            logger: logger)
        self.account = account
        self.pickup = pickup
        self.logger = logger
        self.now = now
    }

    /// Books the shipment with `documentarEnvio`; `numero_envio` is both shipment and tracking number, and the label
    /// comes with it.
    package func createShipment(_ request: ShipmentRequest) async throws(CallError) -> ShipmentResult {
        let replies = try await transport.call(
            .documentarEnvio, body: OnTimeRequests.documentarEnvio(request, account: account))
        let result = try Self.booked(in: replies, reference: request.reference)
        logger.info(
            "OnTime shipment booked",
            metadata: [
                "carrier.code": "ontime", "order.id": "\(request.reference)",
                "shipment.number": "\(result.shipmentNumber)",
            ])
        return result
    }

    /// Looks the reference up with `detalles` by `REFERENCIA_CLIENTE` over the last 7 days, page by page; nil when
    /// OnTime has none.
    ///
    /// ASSUMPTION: a lookup by client reference also finds expeditions documented but not yet handed over (unlike one by
    /// expedition number, which answers `codigo_error` 3 until `entregaRecogidas`). No public source says either way;
    /// without it an order whose create answer was lost could never be adopted and would be booked twice.
    /// The answer carries no label: the pipeline asks `label(shipmentNumber:)` for it.
    package func findShipment(reference: String) async throws(CallError) -> ShipmentResult? {
        let range = OnTimeDates.range(days: Self.lookupDays, endingAt: now())
        for page in 1...Self.maxLookupPages {
            let replies = try await transport.call(
                .detalles,
                body: OnTimeRequests.detalles(
                    [
                        "REFERENCIA_CLIENTE": reference, "DESDE_FECHA": range.from, "HASTA_FECHA": range.to,
                        "PAGINA": String(page),
                    ], account: account))
            if let found = try Self.shipmentFound(in: replies) { return found }
            if replies.count < Self.pageSize { return nil }
        }
        return nil
    }

    /// The PDF label (`etiquetar`), for shipments adopted without one.
    package func label(shipmentNumber: String) async throws(CallError) -> Data {
        let replies = try await transport.call(
            .etiquetar, body: OnTimeRequests.etiquetar(shipmentNumber: shipmentNumber, account: account))
        return try Self.label(in: replies, shipmentNumber: shipmentNumber)
    }

    /// The expedition's events (`detalles` by `EXPE_NUMERO`), oldest first; empty before it is handed over.
    package func trackingEvents(shipmentNumber: String) async throws(CallError) -> [TrackingEvent] {
        let replies = try await transport.call(
            .detalles, body: OnTimeRequests.detalles(["EXPE_NUMERO": shipmentNumber], account: account))
        return try Self.trackingEvents(in: replies)
    }

    /// OnTime acts on an expedition only once `entregaRecogidas` has handed it over.
    package var needsHandover: Bool { true }

    /// Hands the expeditions over to OnTime (`entregaRecogidas`), in one call (none for none).
    ///
    /// The handover stage sends them in batches. On a refusal none of them counts as handed over (handing one over
    /// again is assumed harmless: the simulator accepts it, OnTime's behaviour is not documented).
    package func handOver(shipmentNumbers: [String]) async throws(CallError) {
        guard !shipmentNumbers.isEmpty else { return }
        let replies = try await transport.call(
            .entregaRecogidas,
            body: OnTimeRequests.entregaRecogidas(
                shipmentNumbers: shipmentNumbers, account: account, pickup: pickup.rawValue))
        try Self.checkHandedOver(replies, count: shipmentNumbers.count)
        logger.info(
            "OnTime expeditions handed over",
            metadata: ["carrier.code": "ontime", "shipment.count": "\(shipmentNumbers.count)"])
    }
}

/// What each OnTime answer means for the caller.
extension OnTimeClient {
    /// The booked shipment of a `documentarEnvio` answer, with its label when one came and decodes.
    package static func booked(in replies: [OnTimeReply], reference: String) throws(CallError) -> ShipmentResult {
        guard let reply = replies.first else {
            throw CallError(
                kind: .transient, service: "ontime",
                message: "documentarEnvio answered no result for reference \(reference)")
        }
        if let refusal = reply.refusal { throw refusal.carrierError(operation: "documentarEnvio") }
        let number = reply.string("numero_envio")
        guard !number.isEmpty else {
            throw CallError(
                kind: .transient, service: "ontime",
                message: "documentarEnvio answered without a numero_envio for reference \(reference)")
        }
        let label = Data(base64Encoded: reply.string("etiqueta"), options: .ignoreUnknownCharacters)
        return ShipmentResult(
            carrierCode: "ontime", shipmentNumber: number, trackingNumber: number,
            label: label?.isEmpty == false ? label : nil)
    }

    /// The first expedition of a `detalles` answer by reference; nil for `codigo_error` 6 (none) or 3.
    package static func shipmentFound(in replies: [OnTimeReply]) throws(CallError) -> ShipmentResult? {
        for reply in replies {
            if let refusal = reply.refusal {
                if refusal.meansNothingFound { continue }
                throw refusal.carrierError(operation: "detalles")
            }
            let number = reply.string("expeNumero")
            if !number.isEmpty {
                return ShipmentResult(carrierCode: "ontime", shipmentNumber: number, trackingNumber: number)
            }
        }
        return nil
    }

    /// The events of a `detalles` answer by expedition number; none for `codigo_error` 3 (not handed over) or 6.
    package static func trackingEvents(in replies: [OnTimeReply]) throws(CallError) -> [TrackingEvent] {
        var events: [TrackingEvent] = []
        for reply in replies {
            if let refusal = reply.refusal {
                if refusal.meansNothingFound { continue }
                throw refusal.carrierError(operation: "detalles")
            }
            events += OnTimeEvent.trackingEvents(in: reply)
        }
        return events
    }

    /// The label bytes of an `etiquetar` answer.
    package static func label(in replies: [OnTimeReply], shipmentNumber: String) throws(CallError) -> Data {
        if let refusal = replies.first?.refusal { throw refusal.carrierError(operation: "etiquetar") }
        let encoded = replies.first?.string("etiqueta") ?? ""
        guard let label = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters), !label.isEmpty else {
            throw CallError(
                kind: .transient, service: "ontime",
                message: "etiquetar returned no label for expedition \(shipmentNumber)")
        }
        return label
    }

    /// Throws when an `entregaRecogidas` answer refused the handover.
    package static func checkHandedOver(_ replies: [OnTimeReply], count: Int) throws(CallError) {
        guard !replies.isEmpty else {
            throw CallError(
                kind: .transient, service: "ontime",
                message: "entregaRecogidas answered no result for \(count) expeditions")
        }
        if let refusal = replies.lazy.compactMap(\.refusal).first {
            throw refusal.carrierError(operation: "entregaRecogidas")
        }
    }
}
