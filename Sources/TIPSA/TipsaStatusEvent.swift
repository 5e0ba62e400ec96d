import Carriers
import Foundation

/// One row of a shipment's status history (`ENV_ESTADOS` in `ConsEnvEstados`).
package struct TipsaStatusEvent: Sendable, Equatable {
    /// TIPSA's `V_COD_TIPO_EST` (`1` tránsito, `2` reparto, `3` entregado, …).
    package var code: String
    /// The code mapped to the project's normalised status.
    package var status: CarrierStatus
    /// When TIPSA recorded the status (`D_FEC_HORA_ALTA`, Spanish local time); nil when unreadable.
    package var recordedAt: Date?
    /// TIPSA's sequence number (`I_ID`).
    package var sequence: Int?

    /// The row in the carriers' common terms.
    package var trackingEvent: TrackingEvent {
        TrackingEvent(status: status, code: code, text: Self.names[code] ?? "ESTADO \(code)", recordedAt: recordedAt)
    }

    package init(code: String, recordedAt: Date?, sequence: Int?) {
        self.code = code
        self.status = Self.status(forCode: code)
        self.recordedAt = recordedAt
        self.sequence = sequence
    }

    /// TIPSA's names for its status codes (Documentación WS Resumen v1.2).
    static let names = [
        "1": "TRANSITO", "2": "REPARTO", "3": "ENTREGADO", "4": "INCIDENCIA", "5": "DEVUELTO",
        "6": "FALTA DE EXPEDICION", "7": "RECANALIZADO", "9": "FALTA DE EXPED. ADMINISTRATIVA", "10": "DESTRUIDO",
        "14": "DISPONIBLE", "15": "ENTREGA PARCIAL",
    ]

    /// TIPSA's status table (Documentación WS Resumen v1.2).
    ///
    /// Envialia's table differs and must not be used here.
    package static func status(forCode code: String) -> CarrierStatus {
        switch code.trimmingCharacters(in: .whitespaces) {
        case "1", "7", "14": return .inTransit  // tránsito, recanalizado, disponible
        case "2": return .outForDelivery  // reparto
        case "3", "15": return .delivered  // entregado, entrega parcial
        case "4", "6", "9", "10": return .incident  // incidencia, falta de expedición (adm.), destruido
        case "5": return .returned  // devuelto
        default: return .unknown
        }
    }
}

/// The two date shapes TIPSA uses: `dtFecha` in requests and the timestamps inside status XML.
enum TipsaDates {
    static let timeZone = TimeZone(identifier: "Europe/Madrid") ?? .gmt

    /// `yyyy/MM/dd` in Spanish time, as TIPSA checks `dtFecha` against its own today.
    static func requestDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 1970
        let month = parts.month ?? 1
        let day = parts.day ?? 1
        return String(format: "%04d/%02d/%02d", year, month, day)
    }

    /// Parses `MM/DD/YYYY HH:MM:SS` (US order, no zone) as Spanish local time.
    static func statusTimestamp(_ text: String) -> Date? {
        let numbers = text.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == ":" }).map { Int($0) }
        guard numbers.count == 6, numbers.allSatisfy({ $0 != nil }) else { return nil }
        var parts = DateComponents()
        parts.month = numbers[0]
        parts.day = numbers[1]
        parts.year = numbers[2]
        parts.hour = numbers[3]
        parts.minute = numbers[4]
        parts.second = numbers[5]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: parts)
    }
}
