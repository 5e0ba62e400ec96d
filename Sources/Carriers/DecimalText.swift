import Foundation

/// Decimals as carriers read them (weights): a dot whatever the locale, at most three places, no trailing zeros.
public enum DecimalText {
    /// `2.5` → `"2.5"`, `1` → `"1"`; zero, negative or non-finite values → `"0"`.
    public static func text(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return "0" }
        var text = String(format: "%.3f", locale: Locale(identifier: "en_US_POSIX"), value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
