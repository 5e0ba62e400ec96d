import Carriers
import Domain
import Foundation
import JSONWriting
import Strings

/// The JSON bodies OnTime's endpoints take, shaped as public client code sends them (docs/reference/calls.md).
enum OnTimeRequests {
    /// `documentarEnvio/json` for one shipment: `VERSION` 3, a PDF label with the answer, no pickup of its own
    /// (the pickup comes with `entregaRecogidas`), not final until handed over.
    static func documentarEnvio(_ request: ShipmentRequest, account: OnTimeAccount) -> Data {
        let sender = request.sender
        let recipient = request.recipient
        let parcels = max(1, request.parcelCount)
        let shipment: [String: Any] = [
            "CODIGO_ADMISION": admissionCode(reference: request.reference),
            "NUMERO_BULTOS": parcels,
            "CLIENTE_REMITENTE": account.client,
            "CENTRO_REMITENTE": account.centre,
            "NOMBRE_REMITENTE": sender.name,
            "DIRECCION_REMITENTE": sender.street,
            "PAIS_REMITENTE": sender.countryCode.uppercased(),
            "CODIGO_POSTAL_REMITENTE": sender.postalCode,
            "POBLACION_REMITENTE": sender.city,
            "TELEFONO_CONTACTO_REMITENTE": phone(sender.phone),
            "PERSONA_CONTACTO_REMITENTE": sender.contactPerson.isEmpty ? sender.name : sender.contactPerson,
            "EMAIL_REMITENTE": sender.email,
            "NOMBRE_DESTINATARIO": recipient.name,
            "DIRECCION_DESTINATARIO": recipient.street,
            "PAIS_DESTINATARIO": recipient.countryCode.uppercased(),
            "CODIGO_POSTAL_DESTINATARIO": recipient.postalCode,
            "POBLACION_DESTINATARIO": recipient.city,
            "PERSONA_CONTACTO_DESTINATARIO": recipient.contactPerson.isEmpty ? recipient.name : recipient.contactPerson,
            "TELEFONO_CONTACTO_DESTINATARIO": phone(recipient.phone),
            "EMAIL_DESTINATARIO": recipient.email,
            "CODIGO_PRODUCTO_SERVICIO": request.serviceCode,
            "KILOS": DecimalText.text(request.weightKg),
            "VOLUMEN": "",
            "CLIENTE_REFERENCIA": request.reference,
            "IMPORTE_REEMBOLSO": "",
            "TIPO_PORTES": "P",
            "OBSERVACIONES1": request.notes,
            "FECHA_ENTREGA_APLAZADA": "",
            "ENTREGA_APLAZADA": "N",
            "TIPOS_BULTO": [["TIPO": "Diversos", "CANTIDAD": parcels]],
            "ENVIO_CON_RECOGIDA": "N",
            "IMPRIMIR_ETIQUETA": "S",
            "ENVIO_DEFINITIVO": "N",
            "TIPO_FORMATO": "PDF",
        ]
        return json(["DOCUMENTAR_ENVIOS": ["VERSION": "3", "DOCUMENTAR_ENVIO": [shipment]]])
    }

    /// `detalleExpedicioneService/detalles` with one filter (`EXPE_NUMERO`, or `REFERENCIA_CLIENTE` with dates).
    static func detalles(_ filter: [String: String], account: OnTimeAccount) -> Data {
        let detail = filter.merging(["CLIENTE": account.client, "CENTRO": account.centre]) { own, _ in own }
        return json(["DETALLES_EXPEDICION": ["VERSION": "4", "DETALLE_EXPEDICION": [detail]]])
    }

    /// `etiquetarService/etiquetar` for one expedition, as PDF.
    static func etiquetar(shipmentNumber: String, account: OnTimeAccount) -> Data {
        json([
            "ETIQUETAS": [
                "ETIQUETA": [
                    [
                        "CLIENTE": account.client, "CENTRO": account.centre, "EXPEDICION": shipmentNumber,
                        "FORMATO": "PDF", "POSICION": "0", "ETIQUETAR": "",
                    ]
                ]
            ]
        ])
    }

    /// `entregaRecogedorService/entregaRecogidas` for a list of expeditions; no manifest is asked for.
    static func entregaRecogidas(shipmentNumbers: [String], account: OnTimeAccount, pickup: String) -> Data {
        json([
            "ENTREGAS": [
                "ENTREGA": [
                    [
                        "CLIENTE": account.client, "CENTRO": account.centre,
                        "EXPEDICIONES": shipmentNumbers.map { ["EXPEDICION": $0] },
                        "ENVIO_CON_RECOGIDA": pickup, "MANIFIESTO": "N",
                    ]
                ]
            ]
        ])
    }

    /// `CODIGO_ADMISION`: the same for every attempt at one order, so that a repeated create says which booking it
    /// repeats.
    ///
    /// The reference itself when it is plain (letters, digits, `-`, `_`, `.`; at most 30), else a plain prefix of it
    /// and a hash of the whole.
    static func admissionCode(reference: String) -> String {
        let isPlain = reference.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        if isPlain && !reference.isEmpty && reference.count <= 30 { return reference }
        let prefix = String(reference.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(13))
        return "\(prefix)-\(StableHash.hex(reference))"
    }

    /// Digits only; a leading `+` becomes `00`, the international prefix as public client code writes it (`0034…`).
    static func phone(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = String(trimmed.filter { $0.isASCII && $0.isNumber })
        return trimmed.hasPrefix("+") ? "00" + digits : digits
    }

    private static func json(_ object: [String: Any]) -> Data { JSONWriter.data(object) }
}
