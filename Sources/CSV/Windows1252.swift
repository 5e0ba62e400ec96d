#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Windows-1252 decoding, the fallback for exports saved by a Western-European Excel.
package enum Windows1252 {
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
    package static func decode(_ bytes: UnsafeRawBufferPointer) -> String {
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
    // `String(decoding:)` validates as it copies and replaces what is not UTF-8 with U+FFFD, so the result holds
    // exactly the input's bytes only when nothing was replaced. On this hot path that is several times faster than
    // the validating initialiser; ASCII, most fields, cannot need a replacement and skips the comparison.
    let text = String(decoding: codeUnits, as: UTF8.self)
    if isASCII(bytes) {
        return text
    }
    let isUnchanged =
        text.utf8.count == codeUnits.count
        && (text.utf8.withContiguousStorageIfAvailable { decoded in
            guard let decodedBase = decoded.baseAddress, let inputBase = codeUnits.baseAddress else { return true }
            return memcmp(decodedBase, inputBase, decoded.count) == 0
        } ?? text.utf8.elementsEqual(codeUnits))
    return isUnchanged ? text : Windows1252.decode(bytes)
}

/// Whether every byte is below 0x80, checked eight bytes at a time.
@inline(__always)
private func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var offset = 0
    while offset + 8 <= bytes.count {
        if base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & highBits != 0 {
            return false
        }
        offset += 8
    }
    var tail: UInt8 = 0
    while offset < bytes.count {
        tail |= base.load(fromByteOffset: offset, as: UInt8.self)
        offset += 1
    }
    return tail & 0x80 == 0
}
