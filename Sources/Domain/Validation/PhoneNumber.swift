import Strings
/// Phone numbers as carriers take them: digits, with a leading `+` for an international prefix.
package enum PhoneNumber {
    /// `+34 612-34.56 78` → `+34612345678`; `0034…` → `+34…`.
    ///
    /// Empty when `text` holds no digits.
    package static func normalised(_ text: String) -> String {
        let trimmed = text.trimmed
        let digits = trimmed.filter(\.isASCIIDigit)
        if trimmed.hasPrefix("+") { return "+" + digits }
        if digits.hasPrefix("00"), digits.count > 4 { return "+" + digits.dropFirst(2) }
        return digits
    }
}
