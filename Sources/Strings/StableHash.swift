/// 64-bit FNV-1a of a text's UTF-8 as 16 hex digits: the same on every run and machine, unlike `hashValue`.
///
/// For telling derived names apart, not for security.
package enum StableHash {
    package static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16, zeroPaddedTo: 16)
    }
}
