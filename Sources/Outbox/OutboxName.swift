import Foundation

/// Safe file names derived from what users and carriers give.
package enum OutboxName {
    /// The input file's name without its extension, limited to characters every file system and SFTP client takes.
    package static func stem(of inputName: String) -> String {
        safe((inputName as NSString).deletingPathExtension)
    }

    /// `text` with anything but letters, digits, `-`, `_` and `.` replaced by `_`, never starting with a dot.
    package static func safe(_ text: String) -> String {
        var safe = String(
            text.unicodeScalars.map { scalar -> Character in
                let isAllowed =
                    (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)))
                    || "-_.".unicodeScalars.contains(scalar)
                return isAllowed ? Character(scalar) : "_"
            }.prefix(100))
        while safe.hasPrefix(".") { safe.removeFirst() }
        return safe.isEmpty ? "file" : safe
    }
}
