import Foundation

/// Bytes as they may be handed to Foundation's `XMLParser`, which on Linux traps (ends the process) on an element
/// name that is not valid UTF-8 — found by the reader mutation tests. A document in UTF-8, declared or by default,
/// that holds invalid sequences gets each replaced by U+FFFD first, so that a garbled answer is read or refused but
/// never stops a run. A document that declares another encoding is left to the parser, which converts it.
package enum XMLInput {
    package static func safe(_ data: Data) -> Data {
        guard String(validating: data, as: UTF8.self) == nil, declaresUTF8OrNothing(data) else { return data }
        return Data(String(decoding: data, as: UTF8.self).utf8)
    }

    private static func declaresUTF8OrNothing(_ data: Data) -> Bool {
        let prolog = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        guard prolog.hasPrefix("<?xml"), let end = prolog.range(of: "?>"),
            let encoding = prolog[..<end.lowerBound].range(of: "encoding=")
        else { return true }
        let value = prolog[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return value == "utf-8" || value == "utf8"
    }
}
