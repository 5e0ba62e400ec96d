import Carriers
import Foundation
import Hummingbird
import Logging

/// Answers one HTTP request the way TIPSA would: routes by `?service=` and the Body element, checks the session,
/// validates GrabaEnvio24 and injects the configured faults.
struct TipsaSimulatorEndpoint: Sendable {
    /// The fault for an expired or unknown session.
    ///
    /// TIPSA's real text is not public; the adapter recognises this by the word "sesión".
    static let sessionGoneFault = "2: La sesión no es válida o ha caducado."
    static let loginRejectedFault = "1: Cliente o password incorrecto."
    static let transientFault = "99: Error temporal del servidor, inténtelo más tarde."
    static let permanentFault = "41: El código postal origen es nulo o no válido"

    let options: TipsaSimulator.Options
    let faults: FaultInjector
    let state: TipsaSimulatorState
    let logger: Logger

    func respond(to request: Request, context: SimulatorRequestContext) async throws -> Response {
        try await faults.answerAfterLatency { try await handle(request, context: context) }
    }

    private func handle(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        var request = request
        let buffer = try await request.collectBody(upTo: 4 * 1024 * 1024)
        let body = Data(buffer.readableBytesView)
        let service = request.uri.queryParameters.get("service") ?? ""
        guard let soap = SOAPRequestReader.read(body) else {
            return xml(
                TipsaAnswerWriter.fault("Error al leer la petición SOAP", sessionID: ""), status: .internalServerError)
        }
        let method = soap.operation.components(separatedBy: "___").last ?? soap.operation
        if service.caseInsensitiveCompare("LoginWSService") == .orderedSame
            || soap.operation.hasPrefix("LoginWSService___")
        {
            return await login(soap)
        }
        let fault = faults.nextFault()
        if let fault,
            let answer = try await answer(
                for: fault, isCreate: method == "GrabaEnvio24", sessionID: soap.sessionID, context: context)
        {
            return answer
        }
        guard await state.useSession(soap.sessionID) else {
            return xml(
                TipsaAnswerWriter.fault(Self.sessionGoneFault, sessionID: soap.sessionID), status: .internalServerError)
        }
        switch method {
        case "GrabaEnvio24":
            let created = await create(soap)
            // The booking stands, but the client never hears of it.
            return fault == .acceptThenDrop ? faults.drop(context) : created
        case "ConsEtiquetaEnvio6": return await label(soap)
        case "ConsEnvEstados": return await statuses(soap)
        case "ConsEnvEstadosRef": return await statusesByReference(soap)
        default:
            return xml(
                TipsaAnswerWriter.fault("Método desconocido: \(soap.operation)", sessionID: soap.sessionID),
                status: .internalServerError)
        }
    }

    // MARK: - Operations

    private func login(_ soap: SOAPRequest) async -> Response {
        guard soap.field("strCodAge") == options.agency,
            soap.field("strCod") == options.client || soap.field("strCliente") == options.client,
            soap.field("strPass") == options.password
        else {
            return xml(TipsaAnswerWriter.fault(Self.loginRejectedFault, sessionID: ""), status: .internalServerError)
        }
        let id = await state.openSession()
        return xml(
            TipsaAnswerWriter.answer(
                operation: soap.operation, sessionID: id,
                fields: [
                    ("Result", .text("true")), ("strNom", .text("CLIENTE SIMULADOR")), ("strCodCR", .text("")),
                    ("strTipo", .text("4")), ("strVersion", .text("0.01.71")), ("strError", .text("0")),
                    ("strSesion", .text(id)),
                    ("strURLDetSegEnv", .text("http://127.0.0.1/detalle_envio.php?servicio={GUID}&fecha={FECHA}")),
                ]))
    }

    /// The checks TIPSA makes before booking, in its order.
    ///
    /// Texts other than 41 and 7 are derived from 41's wording (assumption: TIPSA's own texts for them are not in the
    /// public samples).
    private func validationFault(_ soap: SOAPRequest) -> String? {
        let date = soap.field("dtFecha").replacingOccurrences(of: "-", with: "/").prefix(10)
        if soap.field("strCodAgeCargo") != options.agency || soap.field("strCodAgeOri") != options.agency {
            return "7: La agencia de origen no existe o está inactiva"
        }
        if soap.field("strCodCli") != options.client { return "8: El cliente no existe o está inactivo" }
        if date != TipsaAnswerWriter.today() { return "40: La fecha del envío debe ser la fecha actual" }
        if soap.field("strCodTipoServ").isEmpty { return "39: El tipo de servicio es nulo o no válido" }
        if soap.field("strCPOri").isEmpty { return "41: El código postal origen es nulo o no válido" }
        if soap.field("strCPDes").isEmpty { return "42: El código postal destino es nulo o no válido" }
        if soap.field("strNomDes").isEmpty { return "43: El nombre del destinatario es nulo o no válido" }
        if soap.field("strDirDes").isEmpty { return "44: La dirección del destinatario es nula o no válida" }
        return nil
    }

    private func create(_ soap: SOAPRequest) async -> Response {
        if let fault = validationFault(soap) {
            return xml(TipsaAnswerWriter.fault(fault, sessionID: soap.sessionID), status: .internalServerError)
        }
        let shipment = await state.book(
            reference: soap.field("strRef"), recipientName: soap.field("strNomDes"),
            recipientPostalCode: soap.field("strCPDes"), serviceCode: soap.field("strCodTipoServ"))
        logger.debug(
            "TIPSA simulator booked",
            metadata: ["order.id": "\(shipment.reference)", "shipment.number": "\(shipment.albaran)"])
        return xml(
            TipsaAnswerWriter.answer(
                operation: soap.operation, sessionID: soap.sessionID,
                fields: [
                    ("strAlbaranOut", .text(shipment.albaran)), ("strTipoEnvOut", .text("N")),
                    ("strGuidOut", .text("{\(UUID().uuidString)}")),
                    ("strCPDesOut", .text(shipment.recipientPostalCode)),
                    ("strCodAgeCargoOut", .text(options.agency)), ("strCodAgeOriOut", .text(options.agency)),
                    ("strCodTipoServOut", .text(shipment.serviceCode)), ("strCodCliOut", .text(options.client)),
                    ("strNomDesOut", .text(shipment.recipientName)), ("strRefOut", .text(shipment.reference)),
                ]))
    }

    private func label(_ soap: SOAPRequest) async -> Response {
        var encoded = ""
        if let shipment = await state.shipment(albaran: soap.field("StrAlbaran")) {
            encoded = MinimalPDF.document(lines: [
                "TIPSA (simulator)", "Albaran \(shipment.albaran)", "Ref \(shipment.reference)",
                "\(shipment.recipientName) \(shipment.recipientPostalCode)",
            ]).base64EncodedString()
        }
        return xml(
            TipsaAnswerWriter.answer(
                operation: soap.operation, sessionID: soap.sessionID, fields: [("strEtiquetas", .text(encoded))]))
    }

    private func statuses(_ soap: SOAPRequest) async -> Response {
        var rows = ""
        if let shipment = await state.shipment(albaran: soap.field("strAlbaran")) {
            rows = "<CONSULTA>"
            for (sequence, status) in shipment.statuses.enumerated() {
                rows +=
                    "<ENV_ESTADOS I_ID=\"\(sequence + 1)\" V_COD_TIPO_EST=\"\(status.code)\" D_FEC_HORA_ALTA=\""
                    + TipsaAnswerWriter.statusTimestamp(status.at)
                    + "\" V_COD_USU_ALTA=\"\" V_COD_AGE_ALTA=\"\(options.agency)\" V_COD_REP_ALTA=\"\" V_COD_CLI_ALTA=\"\(options.client)\" V_COD_CLI_DEP_ALTA=\"\"/>"
            }
            rows += "</CONSULTA>"
        }
        return xml(
            TipsaAnswerWriter.answer(
                operation: soap.operation, sessionID: soap.sessionID,
                fields: [("strEnvEstados", rows.isEmpty ? .text("") : .cdata(rows))]))
    }

    private func statusesByReference(_ soap: SOAPRequest) async -> Response {
        let shipments = await state.shipments(reference: soap.field("strRef"))
        var rows = "<CONSULTA>"
        for shipment in shipments {
            rows +=
                "<ENV_ESTADOS_REF V_SERVICIO=\"\(shipment.albaran)\" V_COD_TIPO_EST=\"1\" D_FEC_HORA_ALTA=\""
                + TipsaAnswerWriter.statusTimestamp(shipment.bookedAt) + "\" V_REF=\""
                + XMLText.escaped(shipment.reference) + "\"/>"
        }
        rows += "</CONSULTA>"
        return xml(
            TipsaAnswerWriter.answer(
                operation: soap.operation, sessionID: soap.sessionID, fields: [("strEnvEstadosRef", .cdata(rows))]))
    }

    // MARK: - Faults and HTTP

    /// The answer a faulty call gets; nil when the call goes on (`.acceptThenDrop` books first, then drops).
    private func answer(
        for fault: SimulatedFault, isCreate: Bool, sessionID: String, context: SimulatorRequestContext
    ) async throws -> Response? {
        switch fault {
        case .acceptThenDrop:
            return isCreate ? nil : faults.drop(context)
        case .carrierTransient:
            return xml(TipsaAnswerWriter.fault(Self.transientFault, sessionID: sessionID), status: .internalServerError)
        case .carrierPermanent:
            return xml(TipsaAnswerWriter.fault(Self.permanentFault, sessionID: sessionID), status: .internalServerError)
        default:
            return try await faults.transportAnswer(for: fault, context: context)
        }
    }

    private func xml(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/xml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
