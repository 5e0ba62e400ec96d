import Domain

/// How a staged line's values are stored: the values of the file's columns, in column order, joined by the
/// ASCII unit separator (which an export's text never needs; it is replaced by a space on the way in).
package struct StagedLineCodec: Sendable {
    static let separator: Character = "\u{1F}"
    /// The fields the columns hold, in order; nil for a column the program does not read.
    let fields: [OrderField?]

    /// `columns`: the fields' raw names joined by `,` (an empty name for a column not read).
    package init(columns: String) {
        fields = columns.split(separator: ",", omittingEmptySubsequences: false).map {
            OrderField(rawValue: String($0))
        }
    }

    package init(fields: [OrderField?]) {
        self.fields = fields
    }

    /// The form stored in `input_file.columns`.
    package var columns: String {
        fields.map { $0?.rawValue ?? "" }.joined(separator: ",")
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

    func decode(line: Int, fields encoded: String) -> OrderLine {
        var values = [OrderField: String](minimumCapacity: fields.count)
        // Split on the separator's byte: it is ASCII, so every piece is whole UTF-8.
        let pieces = encoded.utf8.split(separator: Self.separatorByte, omittingEmptySubsequences: false)
        for (field, piece) in zip(fields, pieces) {
            if let field, !piece.isEmpty { values[field] = String(decoding: piece, as: UTF8.self) }
        }
        return OrderLine(sourceLine: line, values: values)
    }

    private static let separatorByte = UInt8(0x1F)
}
