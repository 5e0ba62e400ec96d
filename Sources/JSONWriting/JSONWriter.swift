import Foundation

/// Writes JSON text straight to bytes: an object a member at a time (the ledger's validated orders), or a whole tree of
/// strings, numbers, booleans, arrays and dictionaries (carrier request and answer bodies).
///
/// Foundation's `JSONEncoder` and `JSONSerialization` cost more than everything else around them on these hot paths.
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []
    private var needsComma = false

    package init() {
        bytes.reserveCapacity(512)
    }

    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `value` as JSON; dictionary keys in order, so the same value always gives the same bytes.
    package static func data(_ value: Any) -> Data {
        var writer = JSONWriter()
        writer.write(value)
        return Data(writer.bytes)
    }

    // MARK: - An object, member by member

    package mutating func open() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    package mutating func close() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    package mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    package mutating func member(_ name: StaticString, string value: String) {
        key(name)
        appendQuoted(value)
        needsComma = true
    }

    /// `number` is Swift's description of an integer or a finite `Double`, which is valid JSON.
    package mutating func member(_ name: StaticString, number: String) {
        key(name)
        bytes.append(contentsOf: number.utf8)
        needsComma = true
    }

    // MARK: - A tree

    private mutating func write(_ value: Any) {
        switch value {
        case let text as String: appendQuoted(text)
        case let flag as Bool: bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case let number as Int: bytes.append(contentsOf: String(number).utf8)
        case let number as Double: bytes.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
        case let array as [Any]:
            bytes.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case let object as [String: Any]:
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendQuoted(key)
                bytes.append(UInt8(ascii: ":"))
                write(object[key] as Any)
            }
            bytes.append(UInt8(ascii: "}"))
        default: bytes.append(contentsOf: "null".utf8)
        }
    }

    // MARK: - Strings

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x00..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
