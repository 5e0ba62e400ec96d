import RemoteCalls
import Synchronization

/// Which carriers were found unusable during this run (bad credentials, carrier down): no more calls go to them.
///
/// A carrier is unavailable once `failuresBeforeUnavailable` calls in a row failed transiently (the circuit breaker,
/// `posting.unavailable_after_failures`): its orders then wait in the queue instead of spending their retries and
/// failing one by one.
final class CarrierAvailability: Sendable {
    let failuresBeforeUnavailable: Int
    private let reasons = Mutex<[String: String]>([:])
    private let consecutiveFailures = Mutex<[String: Int]>([:])
    /// Carriers some order of this run was meant for: only their unavailability concerns the run.
    private let consulted = Mutex<Set<String>>([])

    init(unconfigured: [String: String], failuresBeforeUnavailable: Int) {
        self.failuresBeforeUnavailable = failuresBeforeUnavailable
        reasons.withLock { $0 = unconfigured }
    }

    /// Counts a transient failure of `carrier`; true when the carrier is now unavailable for the run.
    func recordTransientFailure(_ carrier: String, _ error: CallError) -> Bool {
        let failures = consecutiveFailures.withLock { counts in
            counts[carrier, default: 0] += 1
            return counts[carrier, default: 0]
        }
        if failures >= failuresBeforeUnavailable { markDown(carrier, after: error) }
        return !isAvailable(carrier)
    }

    /// Takes `carrier` out for the run after the transient failures in a row that `error` ended: the breaker's
    /// count, or an order whose every attempt failed while no call succeeded (`PostingStep`).
    func markDown(_ carrier: String, after error: CallError) {
        markUnavailable(
            carrier, reason: "\(failuresInARow(carrier)) calls in a row failed, the last with: \(error.message)")
    }

    /// Counts a failed call against `carrier`: bad credentials take it out at once, transient failures count towards
    /// the breaker, a permanent failure concerns one order only.
    ///
    /// True when the carrier is now unavailable.
    func recordFailure(_ carrier: String, _ error: CallError) -> Bool {
        switch error.kind {
        case .unavailable:
            markUnavailable(carrier, reason: error.message)
            return true
        case .transient: return recordTransientFailure(carrier, error)
        case .permanent: return false
        }
    }

    /// Transient failures of `carrier` since its last successful call.
    func failuresInARow(_ carrier: String) -> Int {
        consecutiveFailures.withLock { $0[carrier, default: 0] }
    }

    func recordSuccess(_ carrier: String) {
        consecutiveFailures.withLock { $0[carrier] = 0 }
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
