import Foundation
import GRDB

/// What `orchestrator verify` reads: the files the ledger archived and the labels it names.
extension Ledger {
    /// Every file the ledger has put in the archive (or in `archive/failed/`), oldest first.
    package func archivedFiles() throws(LedgerError) -> [InputFile] {
        try read("list archived files") { db in
            try InputFile.filter(
                [InputFile.Status.archived, .reported, .quarantined].map(\.rawValue).contains(Column("status"))
            ).filter(Column("archive_path") != nil).order(Column("id")).fetchAll(db)
        }
    }

    /// Calls `body` with every label path the ledger names, streaming.
    package func forEachLabelPath(_ body: (String) throws -> Void) throws {
        do {
            try pool.read { db in
                let paths = try String.fetchCursor(
                    db, sql: #"SELECT label_path FROM "order" WHERE label_path IS NOT NULL ORDER BY rowid"#)
                while let path = try paths.next() { try body(path) }
            }
        } catch let error as DatabaseError {
            throw LedgerError("read the label paths", error)
        }
    }
}
