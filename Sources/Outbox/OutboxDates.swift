import Foundation

extension Date {
    /// `2026-11-29T00:48:17Z`: the form every outbox file uses.
    package var isoUTC: String { formatted(.iso8601) }

    /// `20261129T004817Z`: the stamp in the names of the files a run writes.
    package var fileStamp: String {
        formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: false)
                .timeZone(separator: .omitted).dateSeparator(.omitted).timeSeparator(.omitted))
    }
}
