extension String {
    /// `value`'s digits in `radix`, with zeros in front up to `width` characters: `String(7, zeroPaddedTo: 3)` is
    /// `"007"`.
    ///
    /// Plain integer work, where `String(format:)` goes through a locale on every call.
    package init(_ value: some BinaryInteger, radix: Int = 10, zeroPaddedTo width: Int) {
        let digits = String(value, radix: radix)
        self = digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
    }
}
