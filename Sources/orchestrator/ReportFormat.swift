import ArgumentParser

/// How `health`, `verify` and `prune` print: lines for a person, or one JSON object for a script.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
