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
    let codeUnits = bytes.assumingMemoryBound(to: UInt8.self)
    if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
        if let text = String(validating: codeUnits, as: UTF8.self) {
            return text
        }
    } else {
        // Before Swift 6's validating initialiser: decode with repair and keep it if nothing was repaired.
        let repaired = String(decoding: codeUnits, as: UTF8.self)
        if repaired.utf8.elementsEqual(codeUnits) {
            return repaired
        }
    }
    return Windows1252.decode(bytes)
}
