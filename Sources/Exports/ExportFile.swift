import Foundation

/// Opens a file from the inbox as an export, after the checks that send junk to `archive/failed/`.
package enum ExportFile {
    /// The bytes looked at to tell text from binary.
    static let sniffLength = 8192

    /// True for names the inbox picks up (`*.csv`, `*.json`, any case).
    package static func isExportName(_ name: String) -> Bool {
        ["csv", "json"].contains((name as NSString).pathExtension.lowercased())
    }

    package static func open(
        path: String, extraAliases: [String: [String]] = [:]
    ) throws(ExportError) -> any ExportReading {
        let head = try readHead(path)
        if head.allSatisfy({
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }) {
            throw ExportError(.empty, "the file is empty")
        }
        // UTF-16 (Excel's "Unicode Text") holds NUL bytes in every ASCII character: its mark says it is text.
        let isUTF16 = head.count >= 2 && [(0xFF, 0xFE), (0xFE, 0xFF)].contains { $0 == (head[0], head[1]) }
        if !isUTF16, head.contains(0) {
            throw ExportError(.binary, "the file is binary (it holds NUL bytes), not a CSV or JSON export")
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return try CSVExport(path: path, extraAliases: extraAliases)
        case "json": return try JSONExport(path: path)
        default: throw ExportError(.unknownFormat, "only .csv and .json exports are read")
        }
    }

    private static func readHead(_ path: String) throws(ExportError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError(.unreadable, "the file cannot be opened")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.read(upToCount: sniffLength) ?? Data())
        } catch {
            throw ExportError(.unreadable, "the file cannot be read: \(error.localizedDescription)")
        }
    }
}
