import Foundation
import Ledger
import Outbox
import Workspace

/// Opens the root's ledger, and never afresh by accident: a ledger missing while `archive/` shows earlier runs (a disk
/// swap, a mistaken clean-up) would book every order of a re-dropped or re-fetched export a second time.
///
/// Then, and for a damaged ledger, the command stops (exit 4) and names the ways back; with `--rebuild-ledger` it
/// starts a new ledger that looks every order up at its carrier before booking it.
enum LedgerOpening {
    /// Whether the ledger is a PostgreSQL database, which several workers may share (a URL that cannot be read is
    /// refused when the ledger is opened).
    static func isShared(_ layout: RootLayout) -> Bool {
        guard case .postgres = try? LedgerLocation.configured(sqlitePath: layout.ledger) else { return false }
        return true
    }

    static func open(_ layout: RootLayout, rebuilding: Bool, now: Date) throws -> Ledger {
        let location: LedgerLocation
        do {
            location = try LedgerLocation.configured(sqlitePath: layout.ledger)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        if case .postgres = location { return try openPostgres(location, layout, rebuilding: rebuilding, now: now) }
        let path = layout.ledger
        let isMissing = layout.isLedgerMissing
        if rebuilding {
            return try rebuild(layout, replacing: isMissing ? nil : path, now: now)
        }
        if isMissing, let earlier = layout.firstArchivedFile() {
            throw CommandFailure.fatal(
                "the ledger \(layout.relative(path)) is missing, but archive/ holds files of earlier runs "
                    + "(\(earlier)): a new ledger would book their orders again. Put the ledger back from a backup, "
                    + "or run again with --rebuild-ledger: a new ledger that looks every order up at its carrier "
                    + "before booking it")
        }
        do {
            return try Ledger(path: path)
        } catch  where error.isFromNewerVersion {
            throw CommandFailure.fatal("\(error)")
        } catch {
            throw damaged(layout, error)
        }
    }

    /// A ledger in PostgreSQL is lost the way a file is (a database dropped or made anew by mistake): an empty one — no
    /// run recorded — while `archive/` shows earlier runs stops the command, as a missing file does, and
    /// `--rebuild-ledger` starts it anew with look-ups before creates.
    ///
    /// It is never damaged in a way this program could repair: the database's own tools restore it.
    private static func openPostgres(
        _ location: LedgerLocation, _ layout: RootLayout, rebuilding: Bool, now: Date
    ) throws -> Ledger {
        let ledger: Ledger
        let isEmpty: Bool
        do {
            ledger = try Ledger(location)
            isEmpty = try ledger.latestRuns(limit: 1).isEmpty
        } catch {
            throw CommandFailure.fatal("\(error)")
        }
        if !isEmpty, RootMarker.read(layout) == nil, layout.firstArchivedFile() == nil {
            throw CommandFailure.fatal(
                "the ledger in PostgreSQL (\(location)) holds earlier runs, but \(layout.root) holds neither its "
                    + "\(RootMarker.fileName) nor any archived file: is the network share the root lives on mounted? "
                    + "Nothing done")
        }
        let earlier = isEmpty ? layout.firstArchivedFile() : nil
        switch (earlier, rebuilding) {
        case (nil, false):
            return ledger
        case (nil, true):
            throw CommandFailure.usage(
                "the ledger in PostgreSQL (\(location)) \(isEmpty ? "is new" : "holds earlier runs"): "
                    + "--rebuild-ledger is only for one that was lost while archive/ holds files of earlier runs")
        case (let earlier?, false):
            throw CommandFailure.fatal(
                "the ledger in PostgreSQL (\(location)) is empty, but archive/ holds files of earlier runs "
                    + "(\(earlier)): a new ledger would book their orders again. Restore the database, or run again "
                    + "with --rebuild-ledger: a new ledger that looks every order up at its carrier before booking it")
        case (_?, true):
            do {
                try ledger.requireLookUpsBeforeCreates(
                    at: now, action: .rebuildLedger, because: "the ledger in PostgreSQL was empty; it starts anew")
            } catch {
                throw CommandFailure.fatal("\(error)")
            }
            return ledger
        }
    }

    /// The message for a ledger SQLite cannot read, with the ways back.
    static func damaged(_ layout: RootLayout, _ error: LedgerError) -> CommandFailure {
        CommandFailure.fatal(
            "the ledger \(layout.relative(layout.ledger)) is damaged (\(error)). Put it back from a backup, or run "
                + "again with --rebuild-ledger: the damaged file is kept beside it and a new ledger looks every "
                + "order up at its carrier before booking it")
    }

    private static func rebuild(_ layout: RootLayout, replacing damaged: String?, now: Date) throws -> Ledger {
        var reason = "the ledger was missing; a new one was started"
        if let damaged {
            if let ledger = try? Ledger(path: damaged), ledger.isIntact() {
                throw CommandFailure.usage(
                    "the ledger \(layout.relative(damaged)) is readable: --rebuild-ledger is only for a lost or "
                        + "damaged one")
            }
            let keptAs = damaged + ".damaged-" + now.fileStamp
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: damaged + suffix) {
                try FileManager.default.moveItem(atPath: damaged + suffix, toPath: keptAs + suffix)
            }
            reason = "the ledger was damaged and is kept as \(layout.relative(keptAs)); a new one was started"
        }
        do {
            let ledger = try Ledger(path: layout.ledger)
            try ledger.requireLookUpsBeforeCreates(at: now, action: .rebuildLedger, because: reason)
            return ledger
        } catch {
            throw CommandFailure.fatal("\(error)")
        }
    }
}
