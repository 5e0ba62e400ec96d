/// A set of strings that may answer "maybe" for one never added, in a fixed, small memory: a Bloom filter with four
/// probes per string.
///
/// "No" is always right.
struct BloomFilter {
    private var words: [UInt64]
    private let bitMask: Int

    /// `bits` is rounded up to a power of two, at least 2^16.
    init(bits: Int) {
        var count = 1 << 16
        while count < bits { count <<= 1 }
        words = Array(repeating: 0, count: count / 64)
        bitMask = count - 1
    }

    /// Adds `element`; returns whether it may have been added before.
    mutating func insert(_ element: String) -> Bool {
        var hasher = Hasher()
        hasher.combine(element)
        let hash = UInt64(bitPattern: Int64(hasher.finalize()))
        // Four probes from two halves of one hash (Kirsch and Mitzenmacher's double hashing).
        let (low, high) = (Int(truncatingIfNeeded: hash), Int(truncatingIfNeeded: hash >> 32) | 1)
        var wasPresent = true
        for probe in 0..<4 {
            let bit = (low &+ probe &* high) & bitMask
            let mask = UInt64(1) << UInt64(bit & 63)
            if words[bit >> 6] & mask == 0 {
                wasPresent = false
                words[bit >> 6] |= mask
            }
        }
        return wasPresent
    }
}
