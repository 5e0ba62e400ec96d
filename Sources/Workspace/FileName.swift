import Domain
import Foundation
import Strings

/// The names the program derives from an input's name — temporaries, sidecars, `-2` suffixes — kept within the file
/// system's limit on one name, 255 bytes (`NAME_MAX`).
///
/// A name too long keeps its ending (the extension, or the suffix that says what the file is), as much of its start as
/// fits, and between them a hash of the whole name, so that two long names never shorten to the same one. The same name
/// always shortens the same way.
package enum FileName {
    package static let maximumBytes = 255

    /// `start + ending`, with `start` shortened when both do not fit.
    package static func fitting(_ start: String, ending: String) -> String {
        let whole = start + ending
        guard whole.utf8.count > maximumBytes else { return whole }
        let hash = "~" + StableHash.hex(whole)
        let room = maximumBytes - ending.utf8.count - hash.utf8.count
        var kept = ""
        var keptBytes = 0
        // Whole characters only, so that the name stays valid UTF-8.
        for character in start {
            let bytes = character.utf8.count
            guard keptBytes + bytes <= room else { break }
            kept.append(character)
            keptBytes += bytes
        }
        return kept + hash + ending
    }

    /// `name`, shortened when too long; its extension kept.
    package static func fitting(_ name: String) -> String {
        let (stem, suffix) = split(name)
        return fitting(stem, ending: suffix)
    }

    /// `<name><ending>` beside the file at `path` (an archived export's `.sha256`, its `.error.txt`), within the
    /// limit.
    package static func sidecar(of path: String, ending: String) -> String {
        (path as NSString).deletingLastPathComponent + "/"
            + fitting((path as NSString).lastPathComponent, ending: ending)
    }

    /// The stem and the extension (with its dot) of `name`; a leading dot starts no extension.
    static func split(_ name: String) -> (stem: String, suffix: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}
