import Carriers
import Foundation
import RemoteCalls
import Testing

@testable import OnTime

/// OnTime's answers read from literal JSON, one quirk at a time.
struct OnTimeParsingTests {
    static let pdfBase64 = Data("%PDF-1.4 label".utf8).base64EncodedString()

    static func replies(_ json: String, _ endpoint: OnTimeEndpoint) throws -> [OnTimeReply] {
        try #require(OnTimeReply.replies(in: Data(json.utf8), keys: endpoint.replyKeys))
    }

    static func refusal(_ json: String, _ endpoint: OnTimeEndpoint = .documentarEnvio) throws -> CallError? {
        do {
            _ = try OnTimeClient.booked(in: try replies(json, endpoint), reference: "R-1")
            return nil
        } catch let error as CallError {
            return error
        }
    }

    @Test(arguments: ["respuestaDocuemtarEnvio", "respuestaDocumentarEnvio"])
    func createAnswerUnderEitherSpellingInATopLevelArray(key: String) throws {
        let json = """
            [{"\(key)": {"resultado": "OK", "codigo_admision": "R-1", "numero_envio": "3100000001",
              "mensaje": "", "etiqueta": "\(Self.pdfBase64)"}}]
            """
        let result = try OnTimeClient.booked(in: try Self.replies(json, .documentarEnvio), reference: "R-1")
        #expect(result.shipmentNumber == "3100000001")
        #expect(result.trackingNumber == "3100000001")
        #expect(result.carrierCode == "ontime")
        #expect(try #require(result.label).starts(with: Data("%PDF".utf8)))
    }

    @Test func numbersAndStringsAreInterchangeableAndABareObjectIsOneResult() throws {
        let json = #"{"respuestaDocuemtarEnvio": {"resultado": "OK", "numero_envio": 3100000002}}"#
        let result = try OnTimeClient.booked(in: try Self.replies(json, .documentarEnvio), reference: "R-1")
        #expect(result.shipmentNumber == "3100000002")
        #expect(result.label == nil, "no label in the answer: the pipeline asks etiquetar for it")
    }

    @Test func answersThatAreNotOnTimeAnswersAreUnreadable() {
        #expect(OnTimeReply.replies(in: Data("<html><body>Service".utf8), keys: ["respuestaEtiquetar"]) == nil)
        #expect(OnTimeReply.replies(in: Data(#"[{"other": {}}]"#.utf8), keys: ["respuestaEtiquetar"]) == nil)
        #expect(OnTimeReply.replies(in: Data("[]".utf8), keys: ["respuestaEtiquetar"])?.isEmpty == true)
    }

    @Test func okWithoutAnExpeditionNumberIsTransient() throws {
        let error = try #require(try Self.refusal(#"[{"respuestaDocuemtarEnvio": {"resultado": "OK"}}]"#))
        #expect(error.kind == .transient)
    }

    @Test(arguments: [
        (
            #"{"resultado": "KO", "codigo_error": "12", "mensaje": "El código postal de destino no es válido"}"#,
            CallError.Kind.permanent, "12"
        ),
        (#"{"resultado": "KO", "codigo_error": 10, "mensaje": "El campo KILOS es obligatorio"}"#, .permanent, "10"),
        (
            #"{"resultado": "KO", "codigo_error": "4", "mensaje": "El usuario no tiene relación con el centro 02"}"#,
            .unavailable, "4"
        ),
        (#"{"resultado": "KO", "codigo_error": "99", "mensaje": "Error temporal"}"#, .transient, "99"),
        (
            #"{"resultado": "KO", "codigo_error": "50", "mensaje": "Servicio no disponible, inténtelo más tarde"}"#,
            .transient, "50"
        ),
        (#"{"resultado": "KO"}"#, .transient, ""),
        (#"{"resultado": "ERROR", "codError": "7", "mensError": "Producto no contratado"}"#, .permanent, "7"),
    ])
    func refusalsAreClassified(result: String, kind: CallError.Kind, code: String) throws {
        let error = try #require(try Self.refusal(#"[{"respuestaDocuemtarEnvio": \#(result)}]"#))
        #expect(error.kind == kind)
        #expect(error.code == code)
        #expect(error.service == "ontime")
        #expect(error.message.hasPrefix("documentarEnvio: "))
    }

    @Test func oneEventComesAsAnObjectSeveralAsAnArray() throws {
        let single = """
            [{"respuestaDetalleExpediciones": {"resultado": "OK", "expeNumero": "3100000001",
              "listaEventos": {"codigo": "ALTA", "descripcion": "Alta en el sistema", "fecha": "02/01/2026 09:00:00"},
              "listaBultos": {"numeroBulto": "1"}}}]
            """
        let one = try OnTimeClient.trackingEvents(in: try Self.replies(single, .detalles))
        #expect(one.map(\.code) == ["ALTA"])
        #expect(one.first?.status == .inTransit)
        #expect(one.first?.text == "Alta en el sistema")
        #expect(one.first?.recordedAt != nil)

        let several = """
            [{"respuestaDetalleExpediciones": {"resultado": "OK", "expeNumero": "3100000001", "listaEventos": [
              {"codigo": "ENTR", "descripcion": "Entregado", "fecha": "03/01/2026", "hora": "12:30"},
              {"codigo": "ALTA", "descripcion": "Alta en el sistema", "fecha": "02/01/2026 09:00:00"},
              {"codigo": "REPA", "descripcion": "En reparto", "fecha": "03/01/2026 08:15:00"}]}}]
            """
        let events = try OnTimeClient.trackingEvents(in: try Self.replies(several, .detalles))
        #expect(events.map(\.code) == ["ALTA", "REPA", "ENTR"], "oldest first")
        #expect(events.map(\.status) == [.inTransit, .outForDelivery, .delivered])
    }

    @Test(arguments: ["3", "6"])
    func notHandedOverOrNoResultsIsNoEventsAndNoShipment(code: String) throws {
        let json = """
            [{"respuestaDetalleExpediciones": {"resultado": "KO", "codigo_error": \(code), "mensaje": "..."}}]
            """
        #expect(try OnTimeClient.trackingEvents(in: try Self.replies(json, .detalles)).isEmpty)
        #expect(try OnTimeClient.shipmentFound(in: try Self.replies(json, .detalles)) == nil)
    }

    @Test func otherDetailRefusalsThrow() throws {
        let json =
            #"[{"respuestaDetalleExpediciones": {"resultado": "KO", "codigo_error": "4", "mensaje": "Sin relación"}}]"#
        #expect(throws: CallError.self) { try OnTimeClient.trackingEvents(in: try Self.replies(json, .detalles)) }
    }

    @Test func labelOfEtiquetar() throws {
        let json = #"[{"respuestaEtiquetar": {"resultado": "OK", "etiqueta": "\#(Self.pdfBase64)"}}]"#
        let label = try OnTimeClient.label(in: try Self.replies(json, .etiquetar), shipmentNumber: "1")
        #expect(label.starts(with: Data("%PDF".utf8)))
        let empty = #"[{"respuestaEtiquetar": {"resultado": "OK", "etiqueta": ""}}]"#
        #expect(throws: CallError.self) {
            try OnTimeClient.label(in: try Self.replies(empty, .etiquetar), shipmentNumber: "1")
        }
    }

    @Test(arguments: [
        ("ENTR", CarrierStatus.delivered), ("EFEC", .delivered), ("DIAE", .delivered), ("EAGE", .delivered),
        ("REPA", .outForDelivery), ("DEVU", .returned), ("DIAN", .incident), ("NOEF", .incident),
        ("6101", .incident), ("5101", .incident), ("ALTA", .inTransit), ("COMP", .inTransit), ("RECO", .inTransit),
        ("TRANS", .inTransit), ("LLEG", .inTransit), ("ORIG", .inTransit), ("DESTI", .inTransit),
        ("ANUL", .unknown), ("XYZ", .unknown), ("", .unknown), ("entr", .delivered),
    ])
    func statusCodes(code: String, status: CarrierStatus) {
        #expect(OnTimeEvent.status(forCode: code) == status)
    }

    @Test func documentarEnvioBodyCarriesTheReferenceAndAStableAdmissionCode() throws {
        let request = ShipmentRequest(
            reference: "SHOP-42-A", serviceCode: "70",
            sender: Party(
                name: "Shop", street: "C/ Mayor 1", city: "Madrid", postalCode: "28001", countryCode: "ES",
                phone: "+34 600 000 000"),
            recipient: Party(name: "Ana", street: "Rua A 1", city: "Lisboa", postalCode: "1000-001", countryCode: "pt"),
            parcelCount: 2, weightKg: 0.75)
        let account = OnTimeAccount(user: "u", password: "p", client: "0999", centre: "03")
        let body = OnTimeRequests.documentarEnvio(request, account: account)
        #expect(body == OnTimeRequests.documentarEnvio(request, account: account))
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let envios = try #require(json["DOCUMENTAR_ENVIOS"] as? [String: Any])
        #expect(envios["VERSION"] as? String == "3")
        let envio = try #require((envios["DOCUMENTAR_ENVIO"] as? [[String: Any]])?.first)
        #expect(envio["CLIENTE_REFERENCIA"] as? String == "SHOP-42-A")
        #expect(envio["CODIGO_ADMISION"] as? String == "SHOP-42-A")
        #expect(envio["CLIENTE_REMITENTE"] as? String == "0999")
        #expect(envio["CENTRO_REMITENTE"] as? String == "03")
        #expect(envio["PAIS_DESTINATARIO"] as? String == "PT")
        #expect(envio["KILOS"] as? String == "0.75")
        #expect(envio["NUMERO_BULTOS"] as? Int == 2)
        #expect(envio["TELEFONO_CONTACTO_REMITENTE"] as? String == "0034600000000")
        #expect(envio["IMPRIMIR_ETIQUETA"] as? String == "S")
        #expect(!String(decoding: body, as: UTF8.self).contains("\"p\""), "the password only travels in the header")
    }

    @Test func admissionCodesOfUnusualReferencesAreStableAndShort() {
        let odd = "../../etc/passwd =HYPERLINK(\"x\") with a very long tail"
        let code = OnTimeRequests.admissionCode(reference: odd)
        #expect(code == OnTimeRequests.admissionCode(reference: odd))
        #expect(code.count <= 30)
        #expect(code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        #expect(code != OnTimeRequests.admissionCode(reference: odd + "!"))
    }

    @Test func lookupRangeIsSevenDaysEndingToday() throws {
        let now = try #require(OnTimeDates.timestamp("10/03/2026 12:00:00"))
        let range = OnTimeDates.range(days: 7, endingAt: now)
        #expect(range.from == "04/03/2026")
        #expect(range.to == "10/03/2026")
        #expect(OnTimeDates.timestamp("2026-03-10 08:05:00") != nil)
        #expect(OnTimeDates.timestamp("not a date") == nil)
    }
}
