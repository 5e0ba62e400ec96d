import Foundation

/// A `--since` value: a day (`2026-11-30`, from its start in UTC) or a moment (`2026-11-30T08:00:00Z`).
enum DateArgument {
    static func parse(_ text: String) throws -> Date {
        let moment = try? Date(text, strategy: .iso8601)
        let day = try? Date(text + "T00:00:00Z", strategy: .iso8601)
        guard let date = moment ?? day else {
            throw CommandFailure.usage("'\(text)' is not a day (2026-11-30) or a moment (2026-11-30T08:00:00Z)")
        }
        return date
    }
}
