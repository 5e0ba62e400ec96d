import Domain
import Foundation
import Synchronization

/// Dates as the ledger stores them, `yyyy-MM-dd HH:mm:ss.SSS` in UTC (GRDB's own text format, which it reads
/// back as `Date`), written without a `DateFormatter`: intake stores several per order.
enum LedgerDate {
    /// The last date written and its text: intake writes its file's one date a few times per order, on the ledger's
    /// thread. Intake of a 43 MB export: 91,951 and 90,051 rows/s with it, 68,318 and 59,544 without (release build,
    /// two runs each).
    private static let last = Mutex<(date: Date, text: String)?>(nil)

    static func text(_ date: Date) -> String {
        if let text = last.withLock({ $0?.date == date ? $0?.text : nil }) { return text }
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        let milliseconds = min(999, Int(((interval - interval.rounded(.down)) * 1000).rounded(.down)))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let text =
            String(Int(parts.tm_year) + 1900, zeroPaddedTo: 4) + "-" + String(Int(parts.tm_mon) + 1, zeroPaddedTo: 2)
            + "-" + String(Int(parts.tm_mday), zeroPaddedTo: 2) + " " + String(Int(parts.tm_hour), zeroPaddedTo: 2)
            + ":" + String(Int(parts.tm_min), zeroPaddedTo: 2) + ":" + String(Int(parts.tm_sec), zeroPaddedTo: 2)
            + "." + String(milliseconds, zeroPaddedTo: 3)
        last.withLock { $0 = (date, text) }
        return text
    }
}
