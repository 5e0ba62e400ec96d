import Foundation

extension String {
    /// Without leading and trailing white space and newlines.
    ///
    /// Most values start and end with a visible ASCII character: that is decided on the bytes, and only the others go
    /// through Foundation's Unicode tables.
    package var trimmed: String {
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        guard let first, let last, first.isWhitespace || last.isWhitespace else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
