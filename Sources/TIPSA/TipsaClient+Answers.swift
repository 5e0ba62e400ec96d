import Carriers
import Foundation
import RemoteCalls

/// What each TIPSA answer means for the caller, read from a parsed `SOAPResponse`.
extension TipsaClient {
    /// The albarán of `GrabaEnvio24Response`; an empty one is an error (nothing was confirmed as booked).
    package static func albaran(in response: SOAPResponse, reference: String) throws(CallError) -> String {
        let albaran = (response.field("strAlbaranOut") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !albaran.isEmpty else {
            throw CallError(
                kind: .transient, service: "tipsa",
                message: "GrabaEnvio24 answered without an albarán for reference \(reference)")
        }
        return albaran
    }

    /// The first shipment in `strEnvEstadosRef` (`V_SERVICIO`), nil for an empty string or an empty `CONSULTA`.
    package static func shipmentFound(in response: SOAPResponse) throws(CallError) -> ShipmentResult? {
        let rows = try rows("ENV_ESTADOS_REF", in: response.field("strEnvEstadosRef"), method: "ConsEnvEstadosRef")
        guard let albaran = rows.lazy.compactMap({ $0["V_SERVICIO"] }).first(where: { !$0.isEmpty }) else {
            return nil
        }
        return ShipmentResult(carrierCode: "tipsa", shipmentNumber: albaran, trackingNumber: albaran)
    }

    /// The label bytes of `ConsEtiquetaEnvio6Response` (`strEtiquetas`, or `strEtiqueta` as in the ZPL example).
    package static func label(in response: SOAPResponse, shipmentNumber: String) throws(CallError) -> Data {
        let encoded = response.field("strEtiquetas") ?? response.field("strEtiqueta") ?? ""
        guard let label = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters), !label.isEmpty else {
            throw CallError(
                kind: .transient, service: "tipsa",
                message: "ConsEtiquetaEnvio6 returned no label for albarán \(shipmentNumber)")
        }
        return label
    }

    /// The rows of `strEnvEstados` as status events.
    package static func statusEvents(in response: SOAPResponse) throws(CallError) -> [TipsaStatusEvent] {
        try rows("ENV_ESTADOS", in: response.field("strEnvEstados"), method: "ConsEnvEstados").map { row in
            TipsaStatusEvent(
                code: row["V_COD_TIPO_EST"] ?? "",
                recordedAt: row["D_FEC_HORA_ALTA"].flatMap(TipsaDates.statusTimestamp),
                sequence: row["I_ID"].flatMap { Int($0) })
        }
    }

    private static func rows(
        _ name: String, in text: String?, method: String
    ) throws(CallError) -> [[String: String]] {
        do {
            return try EmbeddedRows.rows(named: name, in: text ?? "")
        } catch {
            throw CallError(kind: .transient, service: "tipsa", message: "\(method): unreadable embedded XML")
        }
    }
}
