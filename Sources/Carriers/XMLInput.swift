import Foundation

/// Bytes as they may be handed to Foundation's `XMLParser`, which on Linux ends the process on some input — found
/// by the reader mutation tests: an element or attribute name that is not valid UTF-8, a processing instruction
/// without data (`<?x?>`, a garbled `<?xm?>` declaration), and notation, unparsed-entity and attribute-list
/// declarations in a DOCTYPE. So, before parsing:
/// - a document in UTF-8 (declared, by default, or under a garbled declaration) gets each invalid sequence replaced
///   by U+FFFD; one that declares a Latin or Windows code page or UTF-16 is converted to UTF-8 here, and its
///   declaration left out, so the parser always reads UTF-8 (libFuzzer found the parser's own conversion of a
///   Latin-1 answer ending the process on a name of `ÿ`s);
/// - a document with a DOCTYPE is refused: no SOAP answer has one, and it is where entity tricks live;
/// - processing instructions are left out, but for a leading `<?xml …?>` declaration: no SOAP answer needs them. A
///   "declaration" that runs into markup before its `?>` (libFuzzer found `<?xml version=…><a>…</<?xml?>`, where the
///   parser, past the broken declaration, met the inner one) is left out whole too. Each instruction left out
///   leaves a space, so that what stood around it cannot join into a new one (`<<?n?>?n?>` would become `<?n?>`).
/// A garbled answer is then read or refused, and never stops a run.
package enum XMLInput {
    /// The bytes to parse, or nil for a document that must not reach the parser.
    package static func prepared(_ data: Data) -> Data? {
        var data = data
        if let encoding = declaredConvertedEncoding(data) {
            guard let text = String(data: data, encoding: encoding), let end = text.range(of: "?>") else { return nil }
            data = Data(text[end.upperBound...].utf8)
        } else if String(validating: data, as: UTF8.self) == nil {
            data = Data(String(decoding: data, as: UTF8.self).utf8)
        }
        guard data.range(of: Data("<!DOCTYPE".utf8)) == nil else { return nil }
        return withoutProcessingInstructions(data)
    }

    /// The encodings a declaration may name that are not UTF-8, by the start of their name: Latin-1 and the
    /// Windows code pages read as Windows-1252 (its superset for Western text), UTF-16 by its byte-order mark.
    private static let convertedEncodings: [(prefix: String, encoding: String.Encoding)] = [
        ("iso-8859-", .windowsCP1252), ("iso8859", .windowsCP1252), ("latin", .windowsCP1252),
        ("windows-125", .windowsCP1252), ("cp125", .windowsCP1252), ("utf-16", .utf16),
    ]

    private static func declaredConvertedEncoding(_ data: Data) -> String.Encoding? {
        let prolog = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        guard prolog.hasPrefix("<?xml"), let end = prolog.range(of: "?>"),
            let encoding = prolog[..<end.lowerBound].range(of: "encoding=")
        else { return nil }
        let value = prolog[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return convertedEncodings.first { value.hasPrefix($0.prefix) }?.encoding
    }

    /// `data` without any `<?…?>`, but for an XML declaration at the very start (`<?xml` and white space, no `<`
    /// before its end).
    private static func withoutProcessingInstructions(_ data: Data) -> Data {
        let (open, close) = (Data("<?".utf8), Data("?>".utf8))
        var out = Data()
        var index = data.startIndex
        while let start = data.range(of: open, in: index..<data.endIndex) {
            out += data[index..<start.lowerBound]
            let end = data.range(of: close, in: start.upperBound..<data.endIndex)?.upperBound ?? data.endIndex
            let instruction = data[start.lowerBound..<end]
            let isDeclaration =
                start.lowerBound == data.startIndex && instruction.starts(with: Data("<?xml".utf8))
                && instruction.count > 5
                && [0x20, 0x09, 0x0A, 0x0D].contains(instruction[instruction.startIndex + 5])
                && !instruction.dropFirst().contains(UInt8(ascii: "<"))
            out += isDeclaration ? instruction : Data(" ".utf8)
            index = end
        }
        return out + data[index...]
    }
}
