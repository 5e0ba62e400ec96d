import Carriers
import Foundation
import Testing

@testable import Simulators
@testable import TIPSA

/// The adapter's envelope writer, read back by the simulator's independent request reader.
@Suite struct TIPSAEnvelopeTests {
    static let request = ShipmentRequest(
        reference: "ORDER-1&2", serviceCode: "48",
        sender: Party(
            name: "Shop", street: "C/ Mayor 1", city: "Madrid", postalCode: "28830", countryCode: "ES",
            phone: "666555444"),
        recipient: Party(
            name: #"<Tom & "Jerry">"#, contactPerson: "O'Brien", street: "Rua A", city: "Lousã", postalCode: "3750-031",
            countryCode: "pt", phone: "911", email: "tom@example.com"),
        parcelCount: 2, weightKg: 1.25, contents: "Books", notes: "Ring > twice")

    @Test func valuesAreEscaped() {
        #expect(XMLText.escaped(#"<Tom & "Jerry">'"#) == "&lt;Tom &amp; &quot;Jerry&quot;&gt;&apos;")
        let envelope = SOAPEnvelope(
            service: .web, method: "GrabaEnvio24", sessionID: "{S}", fields: [("strNomDes", #"<Tom & "Jerry">"#)])
        #expect(envelope.xml.contains("<tem:strNomDes>&lt;Tom &amp; &quot;Jerry&quot;&gt;</tem:strNomDes>"))
        #expect(envelope.soapAction == "urn:DinaPaq-WebServService#GrabaEnvio24")
    }

    @Test func simulatorReadsBackWhatTheClientWrites() throws {
        let date = try #require(ISO8601DateFormatter().date(from: "2024-03-05T10:00:00Z"))
        let fields = GrabaEnvio24Fields.fields(
            for: Self.request, credentials: TipsaCredentials(agency: "000000", client: "33333", password: "x"),
            date: date)
        let envelope = SOAPEnvelope(service: .web, method: "GrabaEnvio24", sessionID: "{S-1}", fields: fields)
        let read = try #require(SOAPRequestReader.read(Data(envelope.xml.utf8)))
        #expect(read.operation == "WebServService___GrabaEnvio24")
        #expect(read.sessionID == "{S-1}")
        #expect(read.field("strNomDes") == #"<Tom & "Jerry">"#)
        #expect(read.field("strPersContacto") == "O'Brien")
        #expect(read.field("strRef") == "ORDER-1&2")
        #expect(read.field("strObs") == "Ring > twice")
        #expect(read.field("strCPDes") == "63750")
        #expect(read.field("strCodPais") == "PT")
        #expect(read.field("dtFecha") == "2024/03/05")
        #expect(read.field("dPesoOri") == "1.25")
        #expect(read.field("intPaq") == "2")
        #expect(read.field("strDesDirEmails") == "tom@example.com")
        #expect(read.field("boInsert") == "true")
        for (name, value) in fields { #expect(read.field(name) == value.trimmingCharacters(in: .whitespaces)) }
    }

    @Test(arguments: [
        ("official-examples/GrabaEnvio24_request.xml", "WebServService___GrabaEnvio24", "strCPOri", "28830"),
        ("official-examples/LoginCli_request.xml", "LoginWSService___LoginCli", "strCod", "33333"),
        (
            "official-examples/ConsEtiquetaEnvio6_pdf_request.xml", "WebServService___ConsEtiquetaEnvio6", "StrAlbaran",
            "9999135190"
        ),
        ("envialia-platform/GrabaEnvio8_request.xml", "WebServService___GrabaEnvio8", "strRef", "shipmentX"),
    ])
    func simulatorReadsOfficialRequests(file: String, operation: String, field: String, value: String) throws {
        let read = try #require(SOAPRequestReader.read(TipsaFixtures.data(file)))
        #expect(read.operation == operation)
        #expect(read.field(field) == value)
    }

    @Test func credentialsNeverPrintThePassword() {
        let credentials = TipsaCredentials(agency: "000000", client: "33333", password: "s3cr3t")
        #expect(!"\(credentials)".contains("s3cr3t"))
        #expect(!String(reflecting: credentials).contains("s3cr3t"))
    }

    @Test(arguments: ["", "<CONSULTA/>", "<CONSULTA></CONSULTA>"])
    func emptyLookupFindsNothing(embedded: String) throws {
        let response = SOAPResponse(
            sessionID: nil, responseName: "WebServService___ConsEnvEstadosRefResponse",
            fields: ["strEnvEstadosRef": embedded])
        #expect(try TipsaClient.shipmentFound(in: response) == nil)
    }

    @Test func minimalPDFHasCorrectXrefOffsets() throws {
        let pdf = MinimalPDF.document(lines: ["Albaran 9999000001"])
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.4"))
        #expect(text.hasSuffix("%%EOF\n"))
        let startxref = try #require(
            text.components(separatedBy: "startxref\n").last?.split(separator: "\n").first.flatMap { Int($0) })
        #expect(text.utf8.dropFirst(startxref).starts(with: "xref".utf8))
        let offsets = text.components(separatedBy: "\n").filter { $0.hasSuffix(" 00000 n ") }.compactMap {
            Int($0.prefix(10))
        }
        #expect(offsets.count == 5)
        for (index, offset) in offsets.enumerated() {
            #expect(text.utf8.dropFirst(offset).starts(with: "\(index + 1) 0 obj".utf8))
        }
    }
}
