import CSV
import Foundation
import Workspace

/// Gives a UTF-8 name to each file of `inbox/` whose name is not UTF-8 (a zip made on Windows, an old FTP client): its
/// bytes read as Windows-1252, as intake reads such text in exports.
///
/// Without it the file could not be named to be opened, and would wait in the inbox forever. A file already holding
/// that name is never replaced.
enum InboxNameRepair {
    struct Rename: Sendable {
        /// The old name, each byte that is not UTF-8 written as `\xNN`.
        var from: String
        var to: String
    }

    static func repair(inbox: String) -> [Rename] {
        guard let directory = opendir(inbox) else { return [] }
        defer { closedir(directory) }
        var renames: [Rename] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            let name = bytes.withUnsafeBytes { Windows1252.decode($0) }
            let source = Array(inbox.utf8) + [UInt8(ascii: "/")] + bytes + [0]
            guard let target = try? FileMove.freeName(in: inbox, for: name),
                source.withUnsafeBufferPointer({ raw in
                    raw.withMemoryRebound(to: CChar.self) { link($0.baseAddress!, target) == 0 }
                })
            else { continue }
            source.withUnsafeBufferPointer { raw in
                _ = raw.withMemoryRebound(to: CChar.self) { unlink($0.baseAddress!) }
            }
            renames.append(Rename(from: escaped(bytes), to: (target as NSString).lastPathComponent))
        }
        return renames
    }

    private static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            // The longest valid UTF-8 prefix stays as it is; the byte after it is shown as \xNN.
            var end = rest.endIndex
            while end > rest.startIndex, String(validating: rest[rest.startIndex..<end], as: UTF8.self) == nil {
                end -= 1
            }
            text += String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
            if end < rest.endIndex {
                text += "\\x" + String(rest[end], radix: 16, uppercase: true)
                end += 1
            }
            rest = rest[end...]
        }
        return text
    }
}
