import Domain
import Strings

/// Decimals as carriers read them (weights): a dot whatever the locale, at most three places, no trailing zeros.
package enum DecimalText {
    /// `2.5` → `"2.5"`, `1` → `"1"`; zero, negative or non-finite values → `"0"`.
    ///
    /// Plain integer arithmetic: `String(format:locale:)` cost more than the rest of a request's body.
    package static func text(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return "0" }
        // Capped far beyond any parcel so that the conversion cannot overflow.
        let thousandths = UInt64(min((value * 1000).rounded(), 1e18))
        let (whole, fraction) = thousandths.quotientAndRemainder(dividingBy: 1000)
        guard fraction > 0 else { return String(whole) }
        var places = String(fraction, zeroPaddedTo: 3)
        while places.hasSuffix("0") { places.removeLast() }
        return "\(whole).\(places)"
    }
}
