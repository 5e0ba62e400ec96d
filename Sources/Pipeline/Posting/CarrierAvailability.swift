import Synchronization

/// Which carriers were found unusable during this run (bad credentials, carrier down): no more calls go to them.
final class CarrierAvailability: Sendable {
    private let reasons = Mutex<[String: String]>([:])

    init(unconfigured: [String: String]) {
        reasons.withLock { $0 = unconfigured }
    }

    func markUnavailable(_ carrier: String, reason: String) {
        reasons.withLock { reasons in
            if reasons[carrier] == nil { reasons[carrier] = reason }
        }
    }

    func isAvailable(_ carrier: String) -> Bool {
        reasons.withLock { $0[carrier] == nil }
    }

    /// The unusable carriers among `used`, with their reasons.
    func unavailable(among used: Set<String>) -> [String: String] {
        reasons.withLock { $0.filter { used.contains($0.key) } }
    }
}
