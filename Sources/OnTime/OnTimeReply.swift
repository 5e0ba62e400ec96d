import Domain
import Foundation
import Strings

/// One result object of an OnTime answer (`respuestaDocuemtarEnvio`, `respuestaDetalleExpediciones`, …), with
/// OnTime's JSON quirks smoothed over.
///
/// The quirks:
/// - the answer is a top-level JSON array with one item per result, each wrapping its result under one key (a bare
///   object instead of the array is read as a one-item array);
/// - the create answer's key is misspelled `respuestaDocuemtarEnvio`; callers pass every spelling they accept, and keys
///   are compared ignoring case;
/// - list fields (`listaEventos`, `listaBultos`, `listaIncidencias`) are an object when they hold one element and an
///   array when they hold several: `list(_:)` always gives an array;
/// - numbers and strings are interchangeable (`codigo_error` may come as `6` or `"6"`): `string(_:)` reads both.
package struct OnTimeReply {
    let fields: [String: Any]

    /// The result objects under any of `keys` in `data`; nil when `data` is not an OnTime answer at all (not JSON, or
    /// items none of which holds such a key).
    ///
    /// An empty array is an answer with no results.
    package static func replies(in data: Data, keys: [String]) -> [OnTimeReply]? {
        guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        let items: [Any]
        if let array = json as? [Any] {
            items = array
        } else if let object = json as? [String: Any] {
            items = [object]
        } else {
            return nil
        }
        let wanted = Set(keys.map { $0.lowercased() })
        let replies = items.compactMap { item -> OnTimeReply? in
            guard let object = item as? [String: Any] else { return nil }
            let wrapped = object.first { wanted.contains($0.key.lowercased()) }?.value
            return (wrapped as? [String: Any]).map(OnTimeReply.init(fields:))
        }
        return replies.isEmpty && !items.isEmpty ? nil : replies
    }

    /// The value under `key`, matched exactly or else ignoring case.
    func value(_ key: String) -> Any? {
        if let value = fields[key] { return value }
        return fields.first { $0.key.caseInsensitiveCompare(key) == .orderedSame }?.value
    }

    /// The value under the first of `keys` present, as trimmed text; empty when absent or null.
    func string(_ keys: String...) -> String {
        for key in keys {
            if let text = Self.text(value(key)) { return text }
        }
        return ""
    }

    /// The list under `key`: an object alone is a one-element list, null or absent an empty one.
    func list(_ key: String) -> [OnTimeReply] {
        switch value(key) {
        case let array as [Any]: array.compactMap { ($0 as? [String: Any]).map(OnTimeReply.init(fields:)) }
        case let object as [String: Any]: [OnTimeReply(fields: object)]
        default: []
        }
    }

    /// `resultado` is `OK`.
    var isOK: Bool { string("resultado").uppercased() == "OK" }

    /// OnTime's `codigo_error` (`codError` in some answers); empty when none.
    var errorCode: String { string("codigo_error", "codError") }

    /// OnTime's `mensaje` (`mensError` in some answers).
    var message: String { string("mensaje", "mensError") }

    /// The refusal this result carries, nil when it is OK.
    ///
    /// A result without `resultado` counts as OK unless it names an error code other than 0.
    var refusal: OnTimeRefusal? {
        let result = string("resultado").uppercased()
        if result == "OK" { return nil }
        if result.isEmpty && (errorCode.isEmpty || errorCode == "0") { return nil }
        return OnTimeRefusal(code: errorCode, message: message)
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.trimmed
        case let number as Int: return String(number)
        case let number as Double:
            return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
