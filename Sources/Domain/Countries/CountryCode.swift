import Foundation
import Strings

/// An ISO 3166-1 alpha-2 country code, read from whatever an export holds: `ES`, `esp`, `España`,
/// `France (métropolitaine)`.
package struct CountryCode: Hashable, Sendable, Codable, CustomStringConvertible {
    package let alpha2: String

    /// The code for `text`, or nil when no country goes by that code or name.
    package init?(_ text: String) {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return nil }
        let upper = trimmed.uppercased()
        if let alpha2 = Self.byCode[upper] {
            self.alpha2 = alpha2
        } else if let alpha2 = Self.byName[Self.normalisedName(trimmed)] {
            self.alpha2 = alpha2
        } else {
            return nil
        }
    }

    package var description: String { alpha2 }

    /// Lowercase, without accents, parenthesised parts or punctuation: how the table's names are written.
    static func normalisedName(_ name: String) -> String {
        var folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        while let open = folded.firstIndex(of: "("), let close = folded[open...].firstIndex(of: ")") {
            folded.removeSubrange(open...close)
        }
        let words = folded.split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: " ")
    }

    private static let byCode: [String: String] = {
        var codes: [String: String] = [:]
        for entry in table {
            codes[entry.alpha2] = entry.alpha2
            codes[entry.alpha3] = entry.alpha2
        }
        codes["UK"] = "GB"
        return codes
    }()

    private static let byName: [String: String] = {
        var names: [String: String] = [:]
        for entry in table {
            for name in entry.names { names[name] = entry.alpha2 }
        }
        return names
    }()
}
