import Strings
/// Characters no carrier must receive, which Excel cells and copy-paste carry into exports: the C0 controls (XML 1.0
/// forbids all of them but TAB, LF and CR), DEL, the C1 controls, and the noncharacters U+FFFE and U+FFFF.
///
/// A label has no room for a line break or a tab either.
package enum ControlCharacters {
    /// `text` with line breaks and tabs (C0 and C1 ones, U+2028, U+2029) made spaces and every other control
    /// character removed, then trimmed; nil when `text` holds none (nearly always, decided on its bytes: only a C0
    /// control, DEL, or the first byte of a C1 control (0xC2), of U+2028 and U+2029 (0xE2) or of U+FFFE and U+FFFF
    /// (0xEF) sends it to the slow path; accented letters do not).
    package static func cleaned(_ text: String) -> String? {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else {
            return nil
        }
        var cleaned = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x85, 0x2028, 0x2029:
                cleaned.append(" ")
                changed = true
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                changed = true
            default:
                cleaned.append(scalar)
            }
        }
        return changed ? String(cleaned).trimmed : nil
    }
}
