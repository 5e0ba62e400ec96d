import Foundation

/// Column names compared the way people write them: case, accents, spaces, `_`, `-` and `.` do not matter.
enum HeaderName {
    static func normalised(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return String(
            folded.lowercased().unicodeScalars.filter { scalar in
                !(scalar == " " || scalar == "_" || scalar == "-" || scalar == "." || scalar == "\u{FEFF}"
                    || CharacterSet.whitespacesAndNewlines.contains(scalar))
            }.map(Character.init))
    }
}
