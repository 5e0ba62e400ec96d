import Domain

/// How a staged line's values are stored: the values of the file's columns, in column order, joined by the
/// ASCII unit separator (which an export's text never needs; it is replaced by a space on the way in).
package struct StagedLineCodec: Sendable {
    static let separator: Character = "\u{1F}"
    /// The fields the columns hold, in order; nil for a column the program does not read.
    let fields: [OrderField?]

    package init(fields: [OrderField?]) {
        self.fields = fields
    }

    package func encode(_ values: [String]) -> String {
        var encoded = ""
        for (index, value) in values.enumerated() where index < fields.count {
            if index > 0 { encoded.append(Self.separator) }
            guard fields[index] != nil else { continue }
            if value.utf8.contains(Self.separatorByte) {
                encoded.append(value.replacingOccurrences(of: String(Self.separator), with: " "))
            } else {
                encoded.append(value)
            }
        }
        return encoded
    }

    /// The values `encode` was given, those of columns not read left empty.
    func decode(_ encoded: String) -> [String] {
        // Split on the separator's byte: it is ASCII, so every piece is whole UTF-8.
        encoded.utf8.split(separator: Self.separatorByte, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    private static let separatorByte = UInt8(0x1F)
}
