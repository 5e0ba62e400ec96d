import Carriers
import Foundation
import RemoteCalls

/// Everything the simulator remembers: sessions, booked shipments, creates per reference, fault pacing.
actor TipsaSimulatorState {
    struct Shipment: Sendable {
        var albaran: String
        var reference: String
        var recipientName: String
        var recipientPostalCode: String
        var serviceCode: String
        var bookedAt: Date
        /// The status history, oldest first: every shipment starts in `1` (tránsito).
        var statuses: [(code: String, at: Date)]
    }

    private let sessionLifetime: Duration
    private let timeline: Timeline
    /// Session ID → when it lapses, on `timeline`.
    private var sessions: [String: Duration] = [:]
    private var shipmentsByAlbaran: [String: Shipment] = [:]
    private var albaranesByReference: [String: [String]] = [:]
    private(set) var creates = CreateCounts()
    /// A random start: simulators of separate runs (`--sandbox`) do not hand out the same albaranes.
    private var lastAlbaran = Int.random(in: 1_000_000_000..<9_000_000_000)
    private var logins = 0

    init(sessionLifetime: Duration, timeline: Timeline) {
        self.sessionLifetime = sessionLifetime
        self.timeline = timeline
    }

    func openSession() -> String {
        logins += 1
        let id = "{\(UUID().uuidString)}"
        sessions[id] = timeline.now + sessionLifetime
        return id
    }

    /// True when the session exists and has not lapsed; each use extends it, as TIPSA does.
    func useSession(_ id: String) -> Bool {
        guard let lapses = sessions[id] else { return false }
        let now = timeline.now
        guard lapses > now else {
            sessions[id] = nil
            return false
        }
        sessions[id] = now + sessionLifetime
        return true
    }

    func book(reference: String, recipientName: String, recipientPostalCode: String, serviceCode: String) -> Shipment {
        lastAlbaran += 1
        let now = Date()
        let shipment = Shipment(
            albaran: String(lastAlbaran), reference: reference, recipientName: recipientName,
            recipientPostalCode: recipientPostalCode, serviceCode: serviceCode, bookedAt: now, statuses: [("1", now)])
        shipmentsByAlbaran[shipment.albaran] = shipment
        albaranesByReference[reference, default: []].append(shipment.albaran)
        creates.record(reference: reference)
        return shipment
    }

    func shipment(albaran: String) -> Shipment? { shipmentsByAlbaran[albaran] }

    func setStatus(_ code: String, albaran: String) {
        shipmentsByAlbaran[albaran]?.statuses.append((code, Date()))
    }

    func shipments(reference: String) -> [Shipment] {
        (albaranesByReference[reference] ?? []).compactMap { shipmentsByAlbaran[$0] }
    }

    func sessionsOpened() -> Int { logins }
}
