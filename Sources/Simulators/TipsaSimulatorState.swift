import Foundation

/// Everything the simulator remembers: sessions, booked shipments, creates per reference, fault pacing.
actor TipsaSimulatorState {
    struct Shipment: Sendable {
        var albaran: String
        var reference: String
        var recipientName: String
        var recipientPostalCode: String
        var serviceCode: String
        var bookedAt: Date
    }

    private let sessionLifetime: Duration
    private let faultRate: Double
    /// Session ID → when it lapses.
    private var sessions: [String: ContinuousClock.Instant] = [:]
    private var shipmentsByAlbaran: [String: Shipment] = [:]
    private var albaranesByReference: [String: [String]] = [:]
    private var creates: [String: Int] = [:]
    private var lastAlbaran: Int = 9_999_000_000
    private var webCalls = 0
    private var logins = 0

    init(sessionLifetime: Duration, faultRate: Double) {
        self.sessionLifetime = sessionLifetime
        self.faultRate = faultRate
    }

    func openSession() -> String {
        logins += 1
        let id = "{\(UUID().uuidString)}"
        sessions[id] = .now + sessionLifetime
        return id
    }

    /// True when the session exists and has not lapsed; each use extends it, as TIPSA does.
    func useSession(_ id: String) -> Bool {
        guard let lapses = sessions[id] else { return false }
        guard lapses > .now else {
            sessions[id] = nil
            return false
        }
        sessions[id] = .now + sessionLifetime
        return true
    }

    /// Whether this WebServService call gets the configured fault: exactly `faultRate` of calls, evenly spread.
    func nextCallIsFaulty() -> Bool {
        webCalls += 1
        return (Double(webCalls) * faultRate).rounded(.down) > (Double(webCalls - 1) * faultRate).rounded(.down)
    }

    func book(reference: String, recipientName: String, recipientPostalCode: String, serviceCode: String) -> Shipment {
        lastAlbaran += 1
        let shipment = Shipment(
            albaran: String(format: "%010d", lastAlbaran), reference: reference, recipientName: recipientName,
            recipientPostalCode: recipientPostalCode, serviceCode: serviceCode, bookedAt: Date())
        shipmentsByAlbaran[shipment.albaran] = shipment
        albaranesByReference[reference, default: []].append(shipment.albaran)
        creates[reference, default: 0] += 1
        return shipment
    }

    func shipment(albaran: String) -> Shipment? { shipmentsByAlbaran[albaran] }

    func shipments(reference: String) -> [Shipment] {
        (albaranesByReference[reference] ?? []).compactMap { shipmentsByAlbaran[$0] }
    }

    func sessionsOpened() -> Int { logins }
    func createCount(reference: String) -> Int { creates[reference] ?? 0 }
    func createCounts() -> [String: Int] { creates }
    func totalCreates() -> Int { creates.values.reduce(0, +) }
    func duplicateReferences() -> [String] { creates.filter { $0.value > 1 }.map(\.key).sorted() }
}
