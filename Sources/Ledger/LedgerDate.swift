import Domain
import Foundation

/// Dates as the ledger stores them, `yyyy-MM-dd HH:mm:ss.SSS` in UTC (GRDB's own text format, which it reads
/// back as `Date`), written without a `DateFormatter`: intake stores several per order.
enum LedgerDate {
    static func text(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        let milliseconds = min(999, Int(((interval - interval.rounded(.down)) * 1000).rounded(.down)))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(Int(parts.tm_year) + 1900, zeroPaddedTo: 4) + "-" + String(Int(parts.tm_mon) + 1, zeroPaddedTo: 2)
            + "-" + String(Int(parts.tm_mday), zeroPaddedTo: 2) + " " + String(Int(parts.tm_hour), zeroPaddedTo: 2)
            + ":" + String(Int(parts.tm_min), zeroPaddedTo: 2) + ":" + String(Int(parts.tm_sec), zeroPaddedTo: 2)
            + "." + String(milliseconds, zeroPaddedTo: 3)
    }
}
