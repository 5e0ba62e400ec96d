import Foundation
import GRDB

/// A ledger made anew after the one before was lost or damaged does not know what that one had booked: until the
/// carriers' look-up horizon has passed, posting looks every order up at its carrier before booking it.
extension Ledger {
    /// How long a carrier can find a shipment by its reference (OnTime looks back 7 days).
    package static let carrierLookUpHorizon: TimeInterval = 7 * 86_400

    private static let lookUpsUntilNote = "look_up_before_create_until"

    /// Until when every create must be preceded by a look-up; nil for a ledger that was never rebuilt.
    package func lookUpsBeforeCreatesUntil() throws(LedgerError) -> Date? {
        try read("read the ledger's notes") { db in
            try String.fetchOne(
                db, sql: "SELECT value FROM ledger_note WHERE name = ?", arguments: [Self.lookUpsUntilNote]
            ).flatMap { Date(timeIntervalSince1970: TimeInterval($0) ?? 0) }
        }
    }

    /// Marks this ledger as rebuilt at `now`, and says so in `operations.csv`.
    package func markRebuilt(at now: Date, because reason: String) throws(LedgerError) {
        let until = now.addingTimeInterval(Self.carrierLookUpHorizon)
        try transaction("mark the ledger rebuilt") { transaction in
            try transaction.db.execute(
                sql: "INSERT OR REPLACE INTO ledger_note (name, value) VALUES (?, ?)",
                arguments: [Self.lookUpsUntilNote, String(Int64(until.timeIntervalSince1970))])
            try transaction.log(
                OperationRecord(
                    scope: .orchestrator, action: "rebuild_ledger", status: .warning,
                    message: "\(reason); every order is looked up at its carrier before it is booked until "
                        + until.formatted(.iso8601),
                    at: now))
        }
    }

    /// SQLite's `quick_check`: every page readable and well formed.
    package func isIntact() -> Bool {
        (try? read("check the ledger") { db in try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" }) ?? false
    }
}
