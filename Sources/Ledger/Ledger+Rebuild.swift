import Foundation

/// A ledger made anew after the one before was lost or damaged, or put back from a backup, does not know all that
/// was booked before: until the carriers' look-up horizon has passed, posting looks every order up at its carrier
/// before booking it.
extension Ledger {
    /// How long a carrier can find a shipment by its reference (OnTime looks back 7 days).
    package static let carrierLookUpHorizon: TimeInterval = 7 * 86_400

    private static let lookUpsUntilNote = "look_up_before_create_until"

    /// Until when every create must be preceded by a look-up; nil for a ledger that was never rebuilt.
    package func lookUpsBeforeCreatesUntil() throws(LedgerError) -> Date? {
        try read("read the ledger's notes") { db in
            try db.value("SELECT value FROM ledger_note WHERE name = ?", [Self.lookUpsUntilNote], as: String.self)
                .flatMap { Date(timeIntervalSince1970: TimeInterval($0) ?? 0) }
        }
    }

    /// Has every create looked up first from `now` until the horizon, and says why in `operations.csv` (`action`:
    /// `rebuild_ledger`, `restore_ledger`).
    package func requireLookUpsBeforeCreates(
        at now: Date, action: OperationAction, because reason: String
    ) throws(LedgerError) {
        let until = now.addingTimeInterval(Self.carrierLookUpHorizon)
        try transaction("require look-ups before creates") { transaction in
            try transaction.db.execute(
                "INSERT INTO ledger_note (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                Self.lookUpsUntilNote, String(Int64(until.timeIntervalSince1970)))
            try transaction.log(
                OperationRecord(
                    scope: .orchestrator, action: action, status: .warning,
                    message: "\(reason); every order is looked up at its carrier before it is booked until "
                        + until.formatted(.iso8601),
                    at: now))
        }
    }

    /// A consistent copy of the ledger at `path` (which must not exist yet), taken while other connections write:
    /// SQLite's `VACUUM INTO`.
    package func backUp(to path: String) throws(LedgerError) {
        try store.backUp(to: path)
    }

    /// SQLite's `quick_check`: every page readable and well formed.
    package func isIntact() -> Bool {
        store.isIntact()
    }
}
