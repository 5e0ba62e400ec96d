import Carriers
import Foundation

/// OnTime's tracking codes and how one element of `listaEventos` reads.
///
/// Assumption: the public client code that documents `detalles` never reads inside `listaEventos`, so the names of an
/// event's fields are not known. An event is read leniently: its code from the first of `eventKeys.code` present, its
/// words from `eventKeys.text`, its time from `eventKeys.date` (`dd/MM/yyyy`, with the time in the same field or in
/// `eventKeys.time`). The simulator answers with `codigo`, `descripcion` and `fecha`.
enum OnTimeEvent {
    static let eventKeys = (
        code: ["codigo", "codigoEvento", "codEvento", "codigoEstado", "estado"],
        text: ["descripcion", "descripcionEvento", "desEvento", "descripcionEstado", "texto"],
        date: ["fecha", "fechaEvento"],
        time: ["hora", "horaEvento"]
    )

    /// The events of one `respuestaDetalleExpediciones`, oldest first.
    static func trackingEvents(in reply: OnTimeReply) -> [TrackingEvent] {
        let events = reply.list("listaEventos").map { event -> TrackingEvent in
            let code = first(eventKeys.code, in: event).uppercased()
            let text = first(eventKeys.text, in: event)
            let date = first(eventKeys.date, in: event)
            let time = first(eventKeys.time, in: event)
            return TrackingEvent(
                status: status(forCode: code), code: code, text: text.isEmpty ? "ESTADO \(code)" : text,
                recordedAt: OnTimeDates.timestamp(time.isEmpty ? date : "\(date) \(time)"))
        }
        // OnTime's order is not documented: sort by time when every event has one (a stable sort keeps ties).
        guard events.allSatisfy({ $0.recordedAt != nil }) else { return events }
        return events.enumerated().sorted {
            ($0.element.recordedAt ?? .distantPast, $0.offset) < ($1.element.recordedAt ?? .distantPast, $1.offset)
        }.map(\.element)
    }

    /// OnTime's status codes normalised. Public client code gives one integrator's list, not an OnTime table
    /// (docs/reference/calls.md):
    ///
    /// | codes | status |
    /// |---|---|
    /// | ENTR, EFEC, DIAE, EAGE | delivered |
    /// | REPA | out for delivery |
    /// | DEVU (returned to origin), DGEN (a return was generated) | returned |
    /// | DIAN, NOEF (not delivered), FALT (goods missing), ENPA, DIAP (partial delivery), ENAP (postponed), numeric incidences (1101, 5101, 7301, …) | incident |
    /// | ALTA, COMP, RECO, ORIG, DESTI, TRANS, LLEG, COCE, COOR, CPCE, CERC, CMAI, WEBC | in transit |
    /// | anything else (ANUL, RCOB, unknown codes) | unknown |
    ///
    /// A partial delivery is an incident, not delivered: some parcels of the order have not arrived.
    static func status(forCode code: String) -> CarrierStatus {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        switch code {
        case "ENTR", "EFEC", "DIAE", "EAGE": return .delivered
        case "REPA": return .outForDelivery
        case "DEVU", "DGEN": return .returned
        case "DIAN", "NOEF", "FALT", "ENPA", "DIAP", "ENAP": return .incident
        case "ALTA", "COMP", "RECO", "ORIG", "DESTI", "TRANS", "LLEG", "COCE", "COOR", "CPCE", "CERC", "CMAI", "WEBC":
            return .inTransit
        default:
            return !code.isEmpty && code.allSatisfy({ $0.isASCII && $0.isNumber }) ? .incident : .unknown
        }
    }

    private static func first(_ keys: [String], in reply: OnTimeReply) -> String {
        for key in keys {
            let value = reply.string(key)
            if !value.isEmpty { return value }
        }
        return ""
    }
}

/// The dates OnTime reads and writes: `dd/MM/yyyy` in Spanish time.
enum OnTimeDates {
    static let timeZone = TimeZone(identifier: "Europe/Madrid") ?? .gmt

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// `dd/MM/yyyy` of `date` in Spanish time.
    static func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d/%02d/%04d", parts.day ?? 1, parts.month ?? 1, parts.year ?? 1970)
    }

    /// `DESDE_FECHA`/`HASTA_FECHA` for the `days` days that end today (OnTime allows at most 7).
    static func range(days: Int, endingAt now: Date) -> (from: String, to: String) {
        let start = calendar.date(byAdding: .day, value: -(days - 1), to: now) ?? now
        return (day(start), day(now))
    }

    /// `dd/MM/yyyy[ HH:mm[:ss]]` (or `yyyy-MM-dd…`) as Spanish local time; nil when unreadable.
    static func timestamp(_ text: String) -> Date? {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).map { Int($0) }
        guard numbers.count >= 3, numbers.count <= 6, numbers.allSatisfy({ $0 != nil }) else { return nil }
        let values = numbers.map { $0 ?? 0 }
        var parts = DateComponents()
        let isYearFirst = text.split(whereSeparator: { !$0.isNumber }).first?.count == 4
        parts.year = isYearFirst ? values[0] : values[2]
        parts.month = values[1]
        parts.day = isYearFirst ? values[2] : values[0]
        parts.hour = values.count > 3 ? values[3] : 0
        parts.minute = values.count > 4 ? values[4] : 0
        parts.second = values.count > 5 ? values[5] : 0
        guard let month = parts.month, (1...12).contains(month), let day = parts.day, (1...31).contains(day) else {
            return nil
        }
        return calendar.date(from: parts)
    }
}
