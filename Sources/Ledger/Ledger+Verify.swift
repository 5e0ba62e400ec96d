import Foundation

/// What `orchestrator verify` reads: the files the ledger archived and the labels it names.
extension Ledger {
    /// Every file the ledger has put in the archive (or in `archive/failed/`), oldest first.
    package func archivedFiles() throws(LedgerError) -> [InputFile] {
        try files("list archived files", in: [.archived, .reported, .quarantined], archivedOnly: true)
    }

    /// Calls `body` with every label path the ledger names, streaming.
    package func forEachLabelPath(_ body: (String) throws -> Void) throws {
        try forEachRow(
            "read the label paths",
            #"SELECT label_path FROM "order" WHERE label_path IS NOT NULL ORDER BY "# + store.dialect.recordingOrder
        ) { row in try body(try row[0]) }
    }
}
