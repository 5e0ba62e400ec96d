import Foundation
import RemoteCalls
import Testing

@testable import TIPSA

/// Every official (and Envialia-platform) response example read by the adapter's one response reader.
@Suite struct TIPSAResponseParsingTests {
    @Test func loginResponseGivesTheSessionGUID() throws {
        let response = try SOAPResponseReader.read(TipsaFixtures.data("official-examples/LoginCli_response.xml"))
        #expect(response.responseName == "LoginWSService___LoginCliResponse")
        #expect(response.field("strSesion") == "{8D5400DC-1FEA-42CC-BFB6-B829E11ACBDF}")
        #expect(response.sessionID == "{8D5400DC-1FEA-42CC-BFB6-B829E11ACBDF}")
        #expect(response.field("Result") == "true")
        #expect(response.field("strURLDetSegEnv")?.contains("servicio={GUID}&fecha={FECHA}") == true)
    }

    @Test(arguments: [
        ("official-examples/GrabaEnvio24_response.xml", "9999425843"),
        ("official-examples/GrabaEnvio18_response_full.xml", "9999171900"),
        ("envialia-platform/GrabaEnvio8_response_ok.xml", "0128346565"),
    ])
    func createResponseGivesTheAlbaran(file: String, albaran: String) throws {
        let response = try SOAPResponseReader.read(TipsaFixtures.data(file))
        #expect(response.fault == nil)
        #expect(try TipsaClient.albaran(in: response, reference: "R1") == albaran)
    }

    @Test func createResponseWithoutAlbaranIsAnError() throws {
        let response = SOAPResponse(
            sessionID: nil, responseName: "WebServService___GrabaEnvio24Response", fields: ["strAlbaranOut": ""])
        #expect(throws: CallError.self) { try TipsaClient.albaran(in: response, reference: "R1") }
    }

    @Test func statusHistoryInCDATA() throws {
        let response = try SOAPResponseReader.read(TipsaFixtures.data("official-examples/ConsEnvEstados_response.xml"))
        let events = try TipsaClient.statusEvents(in: response)
        #expect(events.map(\.code) == ["1", "4", "4", "2", "3"])
        #expect(events.map(\.sequence) == [1, 2, 3, 4, 5])
        #expect(events.last?.status == .delivered)
        #expect(events.map(\.status) == [.inTransit, .incident, .incident, .outForDelivery, .delivered])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Madrid")!
        let first = try #require(events.first?.recordedAt)
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: first)
        #expect(
            [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second] == [2020, 2, 6, 17, 28, 2])
    }

    @Test func statusHistoryEntityEscaped() throws {
        let response = try SOAPResponseReader.read(
            TipsaFixtures.data("official-examples/ConsEnvEstados_code4_response.xml"))
        let events = try TipsaClient.statusEvents(in: response)
        #expect(events.count == 1)
        #expect(events.first?.code == "4")
        #expect(events.first?.status == .incident)
        #expect(events.first?.recordedAt != nil)
        #expect(response.sessionID == "{34DCDD53-B0CD-4484-8B4C-6F29DD5DE2B9}")
    }

    @Test func envialiaStatusHistoryKeepsRowsWhoseDatesAreUnreadable() throws {
        let response = try SOAPResponseReader.read(
            TipsaFixtures.data("envialia-platform/ConsEnvEstados_response_ok.xml"))
        let events = try TipsaClient.statusEvents(in: response)
        #expect(events.map(\.code) == ["0", "1", "5", "4"])
        #expect(events.allSatisfy { $0.recordedAt == nil })  // the sample still holds Ruby interpolations
        #expect(events[0].status == .unknown)
    }

    @Test func incidencesAndChangeFeedAreReadableEmbeddedXML() throws {
        let incidences = try SOAPResponseReader.read(
            TipsaFixtures.data("official-examples/ConsEnvIncidencias_response.xml"))
        let rows = try EmbeddedRows.rows(named: "INC", in: incidences.field("strEnvIncidencias") ?? "")
        #expect(rows.map { $0["V_COD_TIPO_INC"] } == ["AS", "FL"])

        let changes = try SOAPResponseReader.read(
            TipsaFixtures.data("official-examples/ConsEnvEstIncCambiosEstados_response_EXCERPT.xml"))
        let changeRows = try EmbeddedRows.rows(
            named: "ENV_EST_INC_CAMBIOS_ESTADOS", in: changes.field("strEnvEstIncCambioEstado") ?? "")
        #expect(changeRows.map { $0["V_ALBARAN"] } == ["0001684231", "0001684339"])
        #expect(changes.field("iTotalPaginasOut") == "44")
    }

    @Test func pdfLabelDecodes() throws {
        let response = try SOAPResponseReader.read(
            TipsaFixtures.data("envialia-platform/ConsEtiquetaEnvio6_response_pdf_base64.xml"))
        let label = try TipsaClient.label(in: response, shipmentNumber: "0128346565")
        #expect(label.starts(with: Data("%PDF".utf8)))
        #expect(label.count > 30_000)
    }

    @Test func zplLabelIsReadFromStrEtiqueta() throws {
        let response = try SOAPResponseReader.read(
            TipsaFixtures.data("official-examples/ConsEtiquetaEnvio6_zpl_response.xml"))
        #expect(response.field("strEtiqueta")?.hasPrefix("^XA") == true)
    }

    @Test func emptyLabelIsAnError() throws {
        let response = try SOAPResponseReader.read(
            TipsaFixtures.data("envialia-platform/ConsEtiquetaEnvio6_response_empty.xml"))
        #expect(throws: CallError.self) { try TipsaClient.label(in: response, shipmentNumber: "1") }
    }

    @Test(arguments: [
        ("envialia-platform/ConsEnvio2_response_empty.xml", "strEnvio"),
        ("envialia-platform/ConsRecEstados_response_empty.xml", "strRecEstados"),
        ("envialia-platform/ConsRecEstados_response_ok.xml", "strRecEstados"),
        ("envialia-platform/GrabaRecogida3_response_ok.xml", "strCodOut"),
        ("envialia-platform/LoginCli2_response_ok.xml", "strSesion"),
    ])
    func otherResponsesParse(file: String, field: String) throws {
        let response = try SOAPResponseReader.read(TipsaFixtures.data(file))
        #expect(response.fault == nil)
        #expect(response.fields[field] != nil)
    }

    @Test(arguments: [
        (
            "envialia-platform/GrabaEnvio8_response_fault_41_cp_origen.xml", "41",
            "El código postal origen es nulo o no válido", CallError.Kind.permanent
        ),
        (
            "envialia-platform/GrabaRecogida3_response_fault_7_agencia.xml", "7",
            "La agencia de origen no existe o está inactiva", .unavailable
        ),
    ])
    func faultsKeepTheirNumberAndMessage(file: String, number: String, message: String, kind: CallError.Kind) throws {
        let response = try SOAPResponseReader.read(TipsaFixtures.data(file))
        let fault = try #require(response.fault)
        let error = fault.carrierError(carrierCode: "tipsa")
        #expect(error.code == number)
        #expect(error.message == message)
        #expect(error.kind == kind)
    }

    @Test func loginRejectedFragmentMeansUnavailable() throws {
        let fragment = try String(
            decoding: TipsaFixtures.data("official-examples/SOAP_Fault_login_rejected.fragment.xml"), as: UTF8.self)
        let body = fragment.components(separatedBy: "-->").last ?? fragment
        let envelope = """
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>\(body)</SOAP-ENV:Body></SOAP-ENV:Envelope>
            """
        let fault = try #require(try SOAPResponseReader.read(Data(envelope.utf8)).fault)
        #expect(fault.number == "1")
        #expect(fault.message == "Cliente o password incorrecto.")
        #expect(fault.kind == .unavailable)
    }

    @Test(arguments: [
        ("99: Error temporal del servidor, inténtelo más tarde.", CallError.Kind.transient, false),
        ("Access violation at address 0040", .transient, false),
        ("2: La sesión no es válida o ha caducado.", .transient, true),
        ("Session {ABC} could not be found", .transient, true),
        ("42: El código postal destino es nulo o no válido", .permanent, false),
    ])
    func faultTable(text: String, kind: CallError.Kind, sessionGone: Bool) {
        let fault = TipsaFault(faultString: text)
        #expect(fault.kind == kind)
        #expect(fault.isSessionGone == sessionGone)
    }

    @Test(arguments: ["", "not xml at all", "<html><body>Bad gateway", "<a><b></a>"])
    func malformedBodiesAreRejected(body: String) {
        #expect(throws: XMLElementReader.MalformedXML.self) { try SOAPResponseReader.read(Data(body.utf8)) }
    }
}
