import Foundation
import Synchronization

/// Named instants at which a test can have the process killed (SIGKILL, no clean-up), to prove that a run killed there
/// loses nothing and posts nothing twice.
///
/// Set `ORCHESTRATOR_CRASH_AT=name` (or `name:N` for the N-th time the point is reached). Without the variable a crash
/// point does nothing.
package enum CrashPoint: String, Sendable, CaseIterable {
    /// A line of an input file is read; the orders before it may be recorded (`:N` for the N-th line).
    case duringParsing = "intake.during-parsing"
    /// An input file is read to its end: its orders are recorded, but for the scattered ones, which are staged.
    case afterReading = "intake.after-reading"
    /// A page of the file's orders is committed; the rest are not recorded yet (`:N` for the N-th page).
    case betweenOrderPages = "intake.between-order-pages"
    /// The file's orders are committed; the file has not moved to the archive.
    case beforeArchiving = "intake.before-archiving"
    /// The file is in the archive; its checksum sidecar is not written.
    case duringArchiving = "intake.during-archiving"
    /// The carrier accepted a shipment; the ledger does not know it yet.
    case afterCreate = "post.after-create"
    /// The tracking file is promised in the ledger but not written.
    case beforeTrackingFile = "track.before-file"
    /// A page of a Mirakl fetch is read; nothing is written yet (`:N` for the N-th page).
    case duringFetch = "mirakl.during-fetch"
    /// A Mirakl fetch's export is in the inbox; the fetch watermark has not moved.
    case afterFetchWritten = "mirakl.after-fetch-written"
    /// Mirakl took an order's tracking (OR23) and the ledger knows it; the shipment is not confirmed (OR24).
    case afterTrackingSent = "mirakl.after-tracking-sent"
    /// Mirakl accepted an order's shipment confirmation (OR24); the ledger does not know it yet.
    case afterShipmentConfirmed = "mirakl.after-shipment-confirmed"

    private static let target: (name: String, occurrence: Int)? = {
        guard let value = ProcessInfo.processInfo.environment["ORCHESTRATOR_CRASH_AT"], !value.isEmpty else {
            return nil
        }
        let parts = value.split(separator: ":")
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }()

    private static let reached = Mutex<[String: Int]>([:])

    /// Kills the process here when the environment asks for this point.
    package func reach() {
        guard let target = Self.target, target.name == rawValue else { return }
        let count = Self.reached.withLock { counts in
            counts[rawValue, default: 0] += 1
            return counts[rawValue, default: 0]
        }
        if count == target.occurrence { kill(getpid(), SIGKILL) }
    }
}
