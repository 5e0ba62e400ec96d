/// Turns UTF-16 bytes (Excel's "Unicode Text") into UTF-8 as they stream in: a code unit or a surrogate pair split
/// between two reads waits for the rest; what is not UTF-16 becomes U+FFFD.
struct UTF16Decoder {
    let isBigEndian: Bool
    /// Bytes of the last read not decoded yet: an odd byte, or a high surrogate whose pair has not come.
    private var carry: [UInt8] = []

    init(isBigEndian: Bool) {
        self.isBigEndian = isBigEndian
    }

    /// The byte order a UTF-16 byte-order mark at the start of `head` names; nil when there is none.
    static func byteOrder(of head: UnsafeRawBufferPointer) -> Bool? {
        guard head.count >= 2 else { return nil }
        switch (head[0], head[1]) {
        case (0xFF, 0xFE): return false
        case (0xFE, 0xFF): return true
        default: return nil
        }
    }

    /// Decodes `bytes` (all that is left when `isLast`), appending UTF-8 to `output`.
    mutating func decode(_ bytes: UnsafeRawBufferPointer, isLast: Bool, into output: inout [UInt8]) {
        var input = carry
        input.append(contentsOf: bytes)
        var units: [UInt16] = []
        units.reserveCapacity(input.count / 2)
        var index = 0
        while index + 1 < input.count {
            let (first, second) = (UInt16(input[index]), UInt16(input[index + 1]))
            units.append(isBigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        // A high surrogate at the end may be half of a pair that the next read completes.
        if !isLast, let last = units.last, UTF16.isLeadSurrogate(last) {
            units.removeLast()
            index -= 2
        }
        carry = isLast ? [] : Array(input[index...])
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) {
            output.append($0)
        }
        if isLast, index < input.count { output.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
    }
}
