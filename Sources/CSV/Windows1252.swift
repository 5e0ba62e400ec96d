/// Windows-1252 decoding, the fallback for exports saved by a Western-European Excel.
enum Windows1252 {
    /// The scalars of bytes 0x80–0x9F, where Windows-1252 differs from Latin-1; the five undefined bytes
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
    private static let highControlRange: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value of one Windows-1252 byte.
    static func scalarValue(of byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte <= 0x9F {
            return UInt32(highControlRange[Int(byte &- 0x80)])
        }
        // Everywhere else Windows-1252 is Latin-1, whose bytes are their own code points.
        return UInt32(byte)
    }

    /// Decodes bytes as Windows-1252; every byte yields one scalar, so this never fails.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        // Each scalar here is at most U+FFFF, so at most three UTF-8 bytes.
        String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            var written = 0
            for byte in bytes {
                let value = scalarValue(of: byte)
                if value < 0x80 {
                    output[written] = UInt8(value)
                    written += 1
                } else if value < 0x800 {
                    output[written] = UInt8(0xC0 | (value >> 6))
                    output[written + 1] = UInt8(0x80 | (value & 0x3F))
                    written += 2
                } else {
                    output[written] = UInt8(0xE0 | (value >> 12))
                    output[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    output[written + 2] = UInt8(0x80 | (value & 0x3F))
                    written += 3
                }
            }
            return written
        }
    }
}

/// Decodes one field's bytes: UTF-8 when they are valid UTF-8, otherwise Windows-1252.
///
/// The choice is made per field, so a file that mixes both (an export concatenated from two tools) still reads.
func decodeField(_ bytes: UnsafeRawBufferPointer) -> String {
    // The standard library's validating initialiser is several times slower than `String(decoding:)` on this hot
    // path, so validity is checked here and `String(decoding:)` only builds the string.
    guard isValidUTF8(bytes) else { return Windows1252.decode(bytes) }
    return String(decoding: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
}

/// Whether `bytes` are well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or values past
/// U+10FFFF), with ASCII runs checked eight bytes at a time.
func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index < count {
        if index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits == 0 {
            index += 8
            continue
        }
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2
        case 0xE0...0xEF:
            length = 3
            if lead == 0xE0 { secondLow = 0xA0 }
            if lead == 0xED { secondHigh = 0x9F }
        case 0xF0...0xF4:
            length = 4
            if lead == 0xF0 { secondLow = 0x90 }
            if lead == 0xF4 { secondHigh = 0x8F }
        default:
            return false
        }
        guard index + length <= count else { return false }
        let second = bytes[index + 1]
        guard second >= secondLow, second <= secondHigh else { return false }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return false
        }
        index += length
    }
    return true
}
