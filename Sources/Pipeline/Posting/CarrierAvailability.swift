import Synchronization

/// Which carriers were found unusable during this run (bad credentials, carrier down): no more calls go to them.
final class CarrierAvailability: Sendable {
    private let reasons = Mutex<[String: String]>([:])
    /// Carriers some order of this run was meant for: only their unavailability concerns the run.
    private let consulted = Mutex<Set<String>>([])

    init(unconfigured: [String: String]) {
        reasons.withLock { $0 = unconfigured }
    }

    func markUnavailable(_ carrier: String, reason: String) {
        reasons.withLock { reasons in
            if reasons[carrier] == nil { reasons[carrier] = reason }
        }
    }

    func isAvailable(_ carrier: String) -> Bool {
        consulted.withLock { _ = $0.insert(carrier) }
        return reasons.withLock { $0[carrier] == nil }
    }

    /// The unusable carriers that some order of this run needed, with their reasons.
    func unavailableAmongConsulted() -> [String: String] {
        let used = consulted.withLock { $0 }
        return reasons.withLock { $0.filter { used.contains($0.key) } }
    }
}
