import ArgumentParser

/// How `orders`, `operations` and `stats` print: a table for the terminal, CSV for a spreadsheet, JSON for a script.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
