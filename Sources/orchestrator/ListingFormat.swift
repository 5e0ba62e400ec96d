import ArgumentParser
import CSV
import Outbox
import Settings

/// How `orders`, `operations` and `stats` print: a table for the terminal, CSV for a spreadsheet, JSON for a script.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

extension Settings.Outbox {
    /// `--format csv`'s writer: the review files' dialect, without the BOM a pipe has no use for.
    var listingWriter: CSVWriter {
        var dialect = csvDialect
        dialect.includesBOM = false
        return CSVWriter(dialect: dialect)
    }
}
