import CSV
import Settings

extension Settings.Outbox {
    /// The dialect of every CSV under `outbox/`: the reviewers' spreadsheet's, but for the overrides.
    package var csvDialect: CSVDialect {
        CSVDialect(delimiter: delimiter, decimalMark: decimalMark, includesBOM: includesBOM)
    }
}
