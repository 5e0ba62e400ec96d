import Domain
import Foundation
import Strings
import Synchronization

/// Dates as the ledger stores them, `yyyy-MM-dd HH:mm:ss.SSS` in UTC (GRDB's own text format, so that ledgers it
/// wrote read the same), written and read without a `DateFormatter`: intake stores several per order.
enum LedgerDate {
    /// The last date written and its text: intake writes its file's one date a few times per order, on the ledger's
    /// thread.
    ///
    /// Intake of a 43 MB export: 91,951 and 90,051 rows/s with it, 68,318 and 59,544 without (release build, two runs
    /// each).
    private static let last = Mutex<(date: Date, text: String)?>(nil)

    static func text(_ date: Date) -> String {
        if let text = last.withLock({ $0?.date == date ? $0?.text : nil }) { return text }
        // To the nearest millisecond, counted whole: the fraction of a second alone loses one to rounding (.123
        // would come back .122).
        let wholeMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t((Double(wholeMilliseconds) / 1000).rounded(.down))
        let milliseconds = Int(wholeMilliseconds - Int64(seconds) * 1000)
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

    /// The date `text` says: `yyyy-MM-dd HH:mm:ss` (or with a `T`), milliseconds optional, in UTC; nil for anything
    /// else.
    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + length] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count == 19 || (bytes.count == 23 && bytes[19] == UInt8(ascii: ".")),
            [UInt8(ascii: " "), UInt8(ascii: "T")].contains(bytes[10]),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        let milliseconds = bytes.count == 23 ? number(20, 3) : 0
        guard let milliseconds else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)) + TimeInterval(milliseconds) / 1000)
    }
}
