/// Escaping of values placed in XML text or attributes, for the SOAP adapters and their simulators.
package enum XMLText {
    /// `value` as XML 1.0 character data: `& < > " '` and CR as references, and the characters XML 1.0 forbids (C0
    /// controls but TAB and LF, U+FFFE, U+FFFF) left out, so that no value can make a request malformed.
    ///
    /// Intake has already removed them from orders; this holds for any other text too. Values with nothing to change
    /// (almost all of them) come back as they are.
    package static func escaped(_ value: String) -> String {
        guard value.utf8.contains(where: needsAttention) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            default: if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0's `Char` production (Swift strings hold no surrogates).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0xFFFD, 0x10000...: true
        default: false
        }
    }

    /// A byte of a character that is escaped or left out; 0xEF starts U+FFFE and U+FFFF (and others, then kept).
    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
