import Foundation

/// Bytes as they may be handed to Foundation's `XMLParser`, which on Linux traps (ends the process) on an element
/// name that is not valid UTF-8 — found by the reader mutation tests. A document in UTF-8, declared or by default,
/// that holds invalid sequences gets each replaced by U+FFFD first, so that a garbled answer is read or refused but
/// never stops a run. Only a document that declares an encoding the parser converts every byte of (a Latin or
/// Windows code page, UTF-16) is left as it is; any other declaration, a garbled one too, is read as UTF-8.
package enum XMLInput {
    package static func safe(_ data: Data) -> Data {
        guard String(validating: data, as: UTF8.self) == nil, !declaresConvertedEncoding(data) else { return data }
        return Data(String(decoding: data, as: UTF8.self).utf8)
    }

    private static let convertedEncodings = ["iso-8859-", "iso8859", "latin", "windows-125", "cp125", "utf-16"]

    private static func declaresConvertedEncoding(_ data: Data) -> Bool {
        let prolog = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        guard prolog.hasPrefix("<?xml"), let end = prolog.range(of: "?>"),
            let encoding = prolog[..<end.lowerBound].range(of: "encoding=")
        else { return false }
        let value = prolog[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return convertedEncodings.contains { value.hasPrefix($0) }
    }
}
