import Foundation

/// Writes the small JSON bodies of carrier calls and their simulators: strings, whole and decimal numbers, booleans,
/// arrays and objects (keys in order, so a body is always the same bytes). Foundation's `JSONSerialization` took a
/// seventh of the CPU of a whole run for this on Linux.
public enum JSONText {
    public static func data(_ value: Any) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(value, to: &out)
        return Data(out)
    }

    private static func write(_ value: Any, to out: inout [UInt8]) {
        switch value {
        case let text as String: write(text, to: &out)
        case let flag as Bool: out += (flag ? "true" : "false").utf8
        case let number as Int: out += String(number).utf8
        case let number as Double: out += (number.isFinite ? String(number) : "null").utf8
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(object[key] as Any, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        default: out += "null".utf8
        }
    }

    private static func write(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
