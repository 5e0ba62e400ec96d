import Carriers
import Domain
import Foundation
import Hummingbird
import JSONWriting
import Logging
import Strings

/// Answers one HTTP request the way OnTime would: checks HTTP Basic auth, reads the JSON body, checks the account and
/// the required fields, and injects the configured faults.
///
/// Every answer is a top-level array of results wrapped under the operation's key, lists are an object when they hold
/// one element, and the create key keeps OnTime's misspelling.
///
/// OnTime's own error numbers are public only for 3 (not handed over), 4 (no relation with the centre) and 6 (no
/// results); 10 (missing field), 11 (date range), 12 (postcode), 13 (pickups closed) and 99 (try later) are this
/// simulator's choice.
struct OnTimeSimulatorEndpoint: Sendable {
    enum Operation: String, Sendable, CaseIterable {
        case documentarEnvio = "documentarEnvio/json"
        case entregaRecogidas = "entregaRecogedorService/entregaRecogidas"
        case detalles = "detalleExpedicioneService/detalles"
        case etiquetar = "etiquetarService/etiquetar"

        /// The key each result is wrapped under, as OnTime spells it.
        var replyKey: String {
            switch self {
            case .documentarEnvio: "respuestaDocuemtarEnvio"
            case .entregaRecogidas: "respuestaEntregaRecogida"
            case .detalles: "respuestaDetalleExpediciones"
            case .etiquetar: "respuestaEtiquetar"
            }
        }
    }

    /// A `resultado: KO` result.
    struct Refusal: Error {
        var code: String
        var message: String

        static let transient = Refusal(code: "99", message: "Error temporal del servidor, inténtelo más tarde.")
        static let badPostcode = Refusal(code: "12", message: "El código postal de destino no es válido")
        static let notHandedOver = Refusal(code: "3", message: "La expedición no existe o no está confirmada")
        static let noResults = Refusal(code: "6", message: "No se han encontrado expediciones")
        static let pickupsClosed = Refusal(code: "13", message: "Las recogidas de hoy están cerradas")

        static func missing(_ field: String) -> Refusal {
            Refusal(code: "10", message: "El campo \(field) es obligatorio")
        }

        var fields: [String: Any] { ["resultado": "KO", "codigo_error": code, "mensaje": message] }
    }

    static let pageSize = 150
    static let maxRangeDays = 7

    let options: OnTimeSimulator.Options
    let faults: FaultInjector
    let state: OnTimeSimulatorState
    let logger: Logger

    func respond(to request: Request, context: SimulatorRequestContext, operation: Operation) async throws -> Response {
        try await faults.answerAfterLatency { try await handle(request, context: context, operation: operation) }
    }

    private func handle(
        _ request: Request, context: SimulatorRequestContext, operation: Operation
    ) async throws
        -> Response
    {
        guard isAuthorized(request) else {
            return Response(status: .unauthorized, headers: [.wwwAuthenticate: "Basic realm=\"GTS\""])
        }
        let fault = faults.nextFault()
        if let fault, let answer = try await answer(for: fault, operation: operation, context: context) {
            return answer
        }
        var request = request
        let buffer = try await request.collectBody(upTo: 4 * 1024 * 1024)
        guard let body = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any]
        else {
            return Response(
                status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "El cuerpo de la petición no es JSON válido")))
        }
        switch operation {
        case .documentarEnvio:
            let created = await documentar(body)
            // The booking stands, but the client never hears of it.
            return fault == .acceptThenDrop ? faults.drop(context) : created
        case .entregaRecogidas: return await entregar(body)
        case .detalles: return await detalles(body)
        case .etiquetar: return await etiquetar(body)
        }
    }

    // MARK: - Operations

    private func documentar(_ body: [String: Any]) async -> Response {
        let shipments = Self.list(Self.object(body["DOCUMENTAR_ENVIOS"])["DOCUMENTAR_ENVIO"])
        guard !shipments.isEmpty else { return reply(.documentarEnvio, [Refusal.missing("DOCUMENTAR_ENVIO").fields]) }
        var results: [[String: Any]] = []
        for fields in shipments {
            if let refusal = accountRefusal(fields, client: "CLIENTE_REMITENTE", centre: "CENTRO_REMITENTE")
                ?? Self.shipmentRefusal(fields)
            {
                results.append(refusal.fields)
                continue
            }
            let shipment = await state.book(
                reference: Self.text(fields["CLIENTE_REFERENCIA"]), admissionCode: Self.text(fields["CODIGO_ADMISION"]),
                recipientName: Self.text(fields["NOMBRE_DESTINATARIO"]),
                recipientPostalCode: Self.text(fields["CODIGO_POSTAL_DESTINATARIO"]),
                serviceCode: Self.text(fields["CODIGO_PRODUCTO_SERVICIO"]))
            logger.debug(
                "OnTime simulator booked",
                metadata: ["order.id": "\(shipment.reference)", "shipment.number": "\(shipment.number)"])
            results.append([
                "resultado": "OK", "codigo_admision": shipment.admissionCode, "numero_envio": shipment.number,
                "mensaje": "", "etiqueta": Self.label(shipment),
            ])
        }
        return reply(.documentarEnvio, results)
    }

    /// The checks OnTime plausibly makes before booking, in order.
    private static func shipmentRefusal(_ fields: [String: Any]) -> Refusal? {
        let required = [
            "CODIGO_ADMISION", "CLIENTE_REFERENCIA", "CODIGO_PRODUCTO_SERVICIO", "NOMBRE_DESTINATARIO",
            "DIRECCION_DESTINATARIO", "CODIGO_POSTAL_DESTINATARIO", "POBLACION_DESTINATARIO", "PAIS_DESTINATARIO",
            "KILOS",
        ]
        if let missing = required.first(where: { text(fields[$0]).isEmpty }) { return .missing(missing) }
        if (Int(text(fields["NUMERO_BULTOS"])) ?? 0) < 1 { return .missing("NUMERO_BULTOS") }
        let postcode = text(fields["CODIGO_POSTAL_DESTINATARIO"])
        let isSpanish = text(fields["PAIS_DESTINATARIO"]).uppercased() == "ES"
        if isSpanish && !(postcode.count == 5 && postcode.allSatisfy { $0.isASCII && $0.isNumber }) {
            return .badPostcode
        }
        return nil
    }

    private func entregar(_ body: [String: Any]) async -> Response {
        let delivery = Self.list(Self.object(body["ENTREGAS"])["ENTREGA"]).first ?? [:]
        if let refusal = accountRefusal(delivery, client: "CLIENTE", centre: "CENTRO") {
            return reply(.entregaRecogidas, [refusal.fields])
        }
        let numbers = Self.list(delivery["EXPEDICIONES"]).map { Self.text($0["EXPEDICION"]) }.filter { !$0.isEmpty }
        guard !numbers.isEmpty else { return reply(.entregaRecogidas, [Refusal.missing("EXPEDICIONES").fields]) }
        guard await !state.refusesHandovers else { return reply(.entregaRecogidas, [Refusal.pickupsClosed.fields]) }
        guard await state.handOver(numbers) else { return reply(.entregaRecogidas, [Refusal.notHandedOver.fields]) }
        let manifest =
            Self.text(delivery["MANIFIESTO"]).uppercased() == "S"
            ? MinimalPDF.document(lines: ["OnTime (simulator)", "Manifiesto", "\(numbers.count) expediciones"])
                .base64EncodedString()
            : ""
        return reply(.entregaRecogidas, [["resultado": "OK", "mensaje": "", "manifiesto": manifest]])
    }

    private func detalles(_ body: [String: Any]) async -> Response {
        let filter = Self.list(Self.object(body["DETALLES_EXPEDICION"])["DETALLE_EXPEDICION"]).first ?? [:]
        if let refusal = accountRefusal(filter, client: "CLIENTE", centre: "CENTRO") {
            return reply(.detalles, [refusal.fields])
        }
        let number = Self.text(filter["EXPE_NUMERO"])
        if !number.isEmpty {
            guard let shipment = await state.shipment(number: number), shipment.isHandedOver else {
                return reply(.detalles, [Refusal.notHandedOver.fields])
            }
            return reply(.detalles, [Self.detail(shipment)])
        }
        let reference = Self.text(filter["REFERENCIA_CLIENTE"])
        guard !reference.isEmpty else { return reply(.detalles, [Refusal.missing("EXPE_NUMERO").fields]) }
        guard let from = Self.day(Self.text(filter["DESDE_FECHA"])),
            let to = Self.day(Self.text(filter["HASTA_FECHA"])),
            from <= to
        else {
            return reply(.detalles, [Refusal.missing("DESDE_FECHA/HASTA_FECHA").fields])
        }
        guard to.timeIntervalSince(from) < Double(Self.maxRangeDays) * 86_400 else {
            return reply(.detalles, [Refusal(code: "11", message: "El rango de fechas no puede superar 7 días").fields])
        }
        // By reference OnTime is assumed to list expeditions documented but not yet handed over too (see the adapter).
        let lastDay = to.addingTimeInterval(86_400)
        let matches = await state.shipments(reference: reference).filter {
            $0.bookedAt >= from && $0.bookedAt < lastDay
        }
        let page = max(1, Int(Self.text(filter["PAGINA"])) ?? 1)
        let slice = matches.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
        guard !slice.isEmpty else { return reply(.detalles, [Refusal.noResults.fields]) }
        return reply(.detalles, slice.map(Self.detail))
    }

    private func etiquetar(_ body: [String: Any]) async -> Response {
        let wanted = Self.list(Self.object(body["ETIQUETAS"])["ETIQUETA"]).first ?? [:]
        if let refusal = accountRefusal(wanted, client: "CLIENTE", centre: "CENTRO") {
            return reply(.etiquetar, [refusal.fields])
        }
        guard let shipment = await state.shipment(number: Self.text(wanted["EXPEDICION"])) else {
            return reply(.etiquetar, [Refusal(code: "3", message: "La expedición no existe").fields])
        }
        return reply(.etiquetar, [["resultado": "OK", "mensaje": "", "etiqueta": Self.label(shipment)]])
    }

    // MARK: - Shapes

    /// One `respuestaDetalleExpediciones`: lists are an object when they hold one element, an array otherwise.
    private static func detail(_ shipment: OnTimeSimulatorState.Shipment) -> [String: Any] {
        let events: [[String: Any]] = shipment.events.map {
            ["codigo": $0.code, "descripcion": $0.text, "fecha": timestamp($0.at)]
        }
        return [
            "resultado": "OK", "codigo_error": 0, "mensaje": "", "expeNumero": shipment.number,
            "referenciaCliente": shipment.reference,
            "listaEventos": events.count == 1 ? events[0] : events,
            "listaBultos": ["numeroBulto": "1", "kilos": "1"],
        ]
    }

    private static func label(_ shipment: OnTimeSimulatorState.Shipment) -> String {
        MinimalPDF.document(lines: [
            "OnTime (simulator)", "Expedicion \(shipment.number)", "Ref \(shipment.reference)",
            "\(shipment.recipientName) \(shipment.recipientPostalCode)",
        ]).base64EncodedString()
    }

    private func reply(_ operation: Operation, _ results: [[String: Any]]) -> Response {
        let wrapped = results.map { [operation.replyKey: $0] }
        let json = JSONWriter.data(wrapped)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }

    // MARK: - Auth, faults

    private func isAuthorized(_ request: Request) -> Bool {
        guard let header = request.headers[.authorization], header.hasPrefix("Basic "),
            let decoded = Data(base64Encoded: String(header.dropFirst("Basic ".count)))
        else { return false }
        return String(decoding: decoded, as: UTF8.self) == "\(options.user):\(options.password)"
    }

    /// `codigo_error` 4 when the body names another client or centre than the account's.
    private func accountRefusal(_ fields: [String: Any], client: String, centre: String) -> Refusal? {
        if Self.text(fields[client]) != options.client {
            return Refusal(
                code: "4", message: "El usuario no tiene relación con el cliente \(Self.text(fields[client]))")
        }
        if Self.text(fields[centre]) != options.centre {
            return Refusal(
                code: "4", message: "El usuario no tiene relación con el centro \(Self.text(fields[centre]))")
        }
        return nil
    }

    /// The answer a faulty call gets; nil when the call goes on (`.acceptThenDrop` books first, then drops).
    private func answer(
        for fault: SimulatedFault, operation: Operation, context: SimulatorRequestContext
    ) async throws -> Response? {
        switch fault {
        case .acceptThenDrop:
            return operation == .documentarEnvio ? nil : faults.drop(context)
        case .carrierTransient:
            return reply(operation, [Refusal.transient.fields])
        case .carrierPermanent:
            return reply(operation, [Refusal.badPostcode.fields])
        default:
            return try await faults.transportAnswer(for: fault, context: context)
        }
    }

    // MARK: - JSON values

    private static func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

    /// An array of objects, or one object alone, as a list.
    private static func list(_ value: Any?) -> [[String: Any]] {
        if let array = value as? [Any] { return array.compactMap { $0 as? [String: Any] } }
        return (value as? [String: Any]).map { [$0] } ?? []
    }

    private static func text(_ value: Any?) -> String {
        switch value {
        case let text as String: text.trimmed
        case let number as Int: String(number)
        case let number as NSNumber: number.stringValue
        default: ""
        }
    }

    // MARK: - Dates (Spanish time)

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Madrid") ?? .gmt
        return calendar
    }

    /// The start of `dd/MM/yyyy`.
    private static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[2], month: parts[1], day: parts[0]))
    }

    /// `dd/MM/yyyy HH:mm:ss`.
    private static func timestamp(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%02d/%02d/%04d %02d:%02d:%02d", parts.day ?? 1, parts.month ?? 1, parts.year ?? 1970,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
