import Crypto

extension SHA256Digest {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lowercase hexadecimal, as `sha256sum` prints it.
    package var hex: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(SHA256Digest.byteCount * 2)
        for byte in self {
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
