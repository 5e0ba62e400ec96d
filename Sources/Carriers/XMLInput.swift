import Foundation

/// Bytes as they may be handed to Foundation's `XMLParser`, which on Linux ends the process on some input — found
/// by the reader mutation tests: an element or attribute name that is not valid UTF-8, a processing instruction
/// without data (`<?x?>`, a garbled `<?xm?>` declaration), and notation, unparsed-entity and attribute-list
/// declarations in a DOCTYPE. So, before parsing:
/// - a document in UTF-8 (declared, by default, or under a garbled declaration) gets each invalid sequence replaced
///   by U+FFFD; one that declares a Latin or Windows code page or UTF-16 is left to the parser, which converts it;
/// - a document with a DOCTYPE is refused: no SOAP answer has one, and it is where entity tricks live;
/// - processing instructions are left out, but for a leading `<?xml …?>` declaration: no SOAP answer needs them.
/// A garbled answer is then read or refused, and never stops a run.
package enum XMLInput {
    /// The bytes to parse, or nil for a document that must not reach the parser.
    package static func prepared(_ data: Data) -> Data? {
        var bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil, !declaresConvertedEncoding(bytes) {
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        guard !contains(bytes, Array("<!DOCTYPE".utf8)) else { return nil }
        return Data(withoutProcessingInstructions(bytes))
    }

    private static let convertedEncodings = ["iso-8859-", "iso8859", "latin", "windows-125", "cp125", "utf-16"]

    private static func declaresConvertedEncoding(_ bytes: [UInt8]) -> Bool {
        let prolog = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased()
        guard prolog.hasPrefix("<?xml"), let end = prolog.range(of: "?>"),
            let encoding = prolog[..<end.lowerBound].range(of: "encoding=")
        else { return false }
        let value = prolog[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return convertedEncodings.contains { value.hasPrefix($0) }
    }

    /// `bytes` without any `<?…?>`, but for an XML declaration at the very start (`<?xml` and white space).
    private static func withoutProcessingInstructions(_ bytes: [UInt8]) -> [UInt8] {
        let (open, close) = (Array("<?".utf8), Array("?>".utf8))
        let declaration = Array("<?xml".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index...].starts(with: open) else {
                out.append(bytes[index])
                index += 1
                continue
            }
            let end = firstIndex(of: close, in: bytes, from: index + 2).map { $0 + 2 } ?? bytes.count
            let isDeclaration =
                index == 0 && bytes.starts(with: declaration) && bytes.count > 5
                && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[5])
            if isDeclaration { out += bytes[index..<end] }
            index = end
        }
        return out
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: bytes, from: 0) != nil
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
