/// Guesses a file's delimiter from its header line.
enum DelimiterSniffer {
    /// The delimiters an export may use (docs/reference/input-formats.md), in order of preference.
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: "|")]
    /// What a file with no candidate, or with a tie, is taken to use.
    static let fallback = UInt8(ascii: ",")

    /// The most frequent candidate outside quotes on the first physical line of `bytes` (BOM already removed);
    /// `,` when none occurs or when the most frequent ones tie.
    static func delimiter(of bytes: UnsafeRawBufferPointer) -> UInt8 {
        var counts = [Int](repeating: 0, count: candidates.count)
        var isQuoted = false
        scan: for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break scan
            case UInt8(ascii: "\""):
                isQuoted.toggle()
            default:
                if !isQuoted, let index = candidates.firstIndex(of: byte) {
                    counts[index] += 1
                }
            }
        }
        guard let best = counts.max(), best > 0 else { return fallback }
        let leaders = counts.indices.filter { counts[$0] == best }
        guard leaders.count == 1, let only = leaders.first else { return fallback }
        return candidates[only]
    }
}
