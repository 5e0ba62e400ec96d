/// The locale of the spreadsheet people review the outbox files in (docs/reference/outbox-files.md): a CSV opened
/// there with a double-click is split at the locale's list separator and its numbers read with the locale's decimal
/// mark, so every outbox CSV is written with both.
package enum SpreadsheetLocale: String, CaseIterable, Sendable {
    case esES = "es-ES"
    case caES = "ca-ES"
    case ptPT = "pt-PT"
    case frFR = "fr-FR"
    case itIT = "it-IT"
    case deDE = "de-DE"
    case nlNL = "nl-NL"
    case enGB = "en-GB"
    case enUS = "en-US"

    /// The locale a tag names, in any case and with `-` or `_` (`es-ES`, `es_es`); nil for one not known.
    package init?(tag: String) {
        let wanted = tag.replacingOccurrences(of: "_", with: "-").lowercased()
        guard let known = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else { return nil }
        self = known
    }

    /// The character between the whole and the fractional part of a number.
    package var decimalMark: Character {
        switch self {
        case .enGB, .enUS: "."
        case .esES, .caES, .ptPT, .frFR, .itIT, .deDE, .nlNL: ","
        }
    }

    /// Windows' list separator for the locale, which Excel splits a double-clicked CSV at: `;` wherever the comma
    /// is the decimal mark.
    package var listSeparator: Character { decimalMark == "," ? ";" : "," }

    /// The tags known, for a message that names them.
    package static var knownTags: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
