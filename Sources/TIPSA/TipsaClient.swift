import AsyncHTTPClient
import Carriers
import Foundation
import Logging
import RemoteCalls

/// Books, finds, labels and tracks TIPSA shipments through the Dinapaq SOAP web service.
///
/// One login per client: the session GUID is reused on every call and renewed once, transparently, when TIPSA
/// says it is gone. Every call is bounded by `callTimeout`. Errors are `CallError`s classified as described in
/// `TipsaFault` and `SOAPTransport`; none of them, nor any log line, holds the password.
package final class TipsaClient: CarrierClient {
    package let carrierCode = "tipsa"

    private let credentials: TipsaCredentials
    private let transport: SOAPTransport
    private let logger: Logger
    private let today: @Sendable () -> Date
    private let session = TipsaSession()

    /// - Parameters:
    ///   - baseURL: e.g. `https://apps.tipsa-dinapaq.com`; `/SOAP?service=…` is appended.
    ///   - callTimeout: the deadline of each HTTP call.
    ///   - callGate: TIPSA's limits on calls in flight and per second (none unless given).
    ///   - today: the clock that gives `dtFecha` (TIPSA rejects any day but today).
    package init(
        baseURL: String, credentials: TipsaCredentials, httpClient: HTTPClient, callTimeout: Duration = .seconds(30),
        callGate: CallGate = CallGate(), logger: Logger, today: @escaping @Sendable () -> Date = Date.init
    ) {
        self.credentials = credentials
        self.transport = SOAPTransport(
            baseURL: baseURL, httpClient: httpClient, callTimeout: callTimeout, callGate: callGate, logger: logger)
        self.logger = logger
        self.today = today
    }

    /// Books the shipment with `GrabaEnvio24`; the albarán is both shipment and tracking number.
    package func createShipment(_ request: ShipmentRequest) async throws(CallError) -> ShipmentResult {
        let fields = GrabaEnvio24Fields.fields(for: request, credentials: credentials, date: today())
        let response = try await call("GrabaEnvio24", fields: fields)
        let albaran = try Self.albaran(in: response, reference: request.reference)
        logger.info(
            "TIPSA shipment booked",
            metadata: ["carrier.code": "tipsa", "order.id": "\(request.reference)", "shipment.number": "\(albaran)"])
        return ShipmentResult(carrierCode: carrierCode, shipmentNumber: albaran, trackingNumber: albaran)
    }

    /// Looks the reference up with `ConsEnvEstadosRef`; nil when TIPSA knows no shipment under it.
    package func findShipment(reference: String) async throws(CallError) -> ShipmentResult? {
        let response = try await call(
            "ConsEnvEstadosRef",
            fields: [
                ("strCodAgeCargo", credentials.agency), ("strCodAgeOri", credentials.agency), ("strRef", reference),
            ])
        return try Self.shipmentFound(in: response)
    }

    /// The PDF label (`ConsEtiquetaEnvio6`, report 233, format pdf).
    package func label(shipmentNumber: String) async throws(CallError) -> Data {
        let response = try await call(
            "ConsEtiquetaEnvio6",
            fields: [
                ("strCodAgeOri", credentials.agency), ("strCodAgeCargo", credentials.agency),
                ("StrAlbaran", shipmentNumber), ("intIdRepDet", "233"), ("strFormato", "pdf"),
            ])
        return try Self.label(in: response, shipmentNumber: shipmentNumber)
    }

    /// The shipment's status history (`ConsEnvEstados`), oldest first as TIPSA lists it.
    package func trackingEvents(shipmentNumber: String) async throws(CallError) -> [TrackingEvent] {
        let response = try await call(
            "ConsEnvEstados",
            fields: [
                ("strCodAgeCargo", credentials.agency), ("strCodAgeOri", credentials.agency),
                ("strAlbaran", shipmentNumber),
            ])
        return try Self.statusEvents(in: response).map(\.trackingEvent)
    }

    // MARK: - Session

    /// The login the session runs when it needs one.
    private var loginOnce: TipsaSession.Login {
        { [self] () async throws(CallError) -> String in try await self.login() }
    }

    /// One WebServService call in the current session; a refused session is renewed once and the call repeated.
    private func call(
        _ method: String, fields: [(name: String, value: String)]
    ) async throws(CallError)
        -> SOAPResponse
    {
        var sessionID = try await session.id(login: loginOnce)
        for attempt in 1...2 {
            let envelope = SOAPEnvelope(service: .web, method: method, sessionID: sessionID, fields: fields)
            let response = try await transport.send(envelope)
            guard let fault = response.fault else { return response }
            if fault.isSessionGone && attempt == 1 {
                logger.info("TIPSA session expired; logging in again", metadata: ["carrier.code": "tipsa"])
                await session.invalidate(sessionID)
                sessionID = try await session.id(login: loginOnce)
                continue
            }
            throw fault.carrierError(carrierCode: carrierCode)
        }
        throw CallError(kind: .transient, service: carrierCode, message: "\(method): session refused twice")
    }

    private func login() async throws(CallError) -> String {
        logger.debug(
            "TIPSA login",
            metadata: [
                "carrier.code": "tipsa", "tipsa.agency": "\(credentials.agency)",
                "tipsa.client": "\(credentials.client)",
            ])
        let envelope = SOAPEnvelope(
            service: .login, method: "LoginCli", sessionID: nil,
            fields: [
                ("strCodAge", credentials.agency), ("strCod", credentials.client), ("strPass", credentials.password),
            ])
        let response = try await transport.send(envelope)
        if let fault = response.fault {
            // Whatever the number, a refused login leaves nothing to post with; only "try later" stays transient.
            var error = fault.carrierError(carrierCode: carrierCode)
            if error.kind == .permanent { error.kind = .unavailable }
            throw error
        }
        let id = (response.field("strSesion") ?? response.sessionID ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !id.isEmpty, response.field("Result")?.lowercased() != "false" else {
            throw CallError(
                kind: .unavailable, service: carrierCode, code: response.field("strError") ?? "",
                message: "LoginCli refused agency \(credentials.agency) client \(credentials.client)")
        }
        return id
    }
}
