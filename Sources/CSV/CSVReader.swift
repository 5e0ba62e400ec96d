/// Reads a CSV file record by record, streaming, with libcsv in strict mode.
///
/// Accepts `;` `,` TAB or `|` delimiters (sniffed from the header when not given), CRLF, LF or CR line ends (lines
/// are counted by the file's own: CR for one whose first line ends in CR alone, as Excel for Mac's), a UTF-8 BOM, quoted fields holding delimiters, doubled quotes and newlines, and text in UTF-8 or Windows-1252.
/// Spaces around fields are kept. Blank lines are skipped.
package struct CSVReader: Sendable {
    /// The file read.
    package let path: String
    /// The field delimiter in use, given or sniffed.
    package let delimiter: UInt8
    /// The byte that ends a physical line, for line numbers: `\n`, or `\r` in a file whose lines end in CR alone.
    let lineEnd: UInt8

    /// Opens a file; `delimiter` nil = sniff from the first line among ; , TAB |.
    ///
    /// Sniffing counts each candidate outside quotes on the first physical line and takes the most frequent;
    /// a tie or no candidate at all means `,`. Throws `.unreadable` when the file cannot be opened or read.
    package init(path: String, delimiter: UInt8? = nil) throws(CSVError) {
        self.path = path
        var file = try ChunkedFile(path: path)
        let buffer = ChunkBuffer()
        let count = try file.read(into: buffer.storage)
        let head = UnsafeRawBufferPointer(rebasing: buffer.storage[0..<count])
        let header = UnsafeRawBufferPointer(rebasing: head[byteOrderMarkLength(head)...])
        self.delimiter = delimiter ?? DelimiterSniffer.delimiter(of: header)
        lineEnd = Self.lineEnd(of: header)
    }

    /// `\r` when the first line end is a CR not followed by LF, else `\n`.
    private static func lineEnd(of head: UnsafeRawBufferPointer) -> UInt8 {
        guard let first = head.firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
            return UInt8(ascii: "\n")
        }
        let isCROnly =
            head[first] == UInt8(ascii: "\r") && (first + 1 == head.count || head[first + 1] != UInt8(ascii: "\n"))
        return isCROnly ? UInt8(ascii: "\r") : UInt8(ascii: "\n")
    }

    /// Calls `body` once per record, streaming: memory stays bounded whatever the file size (read in fixed chunks of
    /// 64 KiB).
    ///
    /// Throws `CSVError` for input it cannot read (`.unreadable`, `.malformed` naming the line, `.tooLarge` for a
    /// field over 16 MiB) once the records before the problem have been handed over, and rethrows whatever `body`
    /// throws; either way it stops there.
    package func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        var file = try ChunkedFile(path: path)
        let buffer = ChunkBuffer()
        var feeder = LineFeeder(delimiter: delimiter, lineEnd: lineEnd)
        var isFirstChunk = true
        while true {
            let count = try file.read(into: buffer.storage)
            var chunk = UnsafeRawBufferPointer(rebasing: buffer.storage[0..<count])
            if isFirstChunk {
                chunk = UnsafeRawBufferPointer(rebasing: chunk[byteOrderMarkLength(chunk)...])
                isFirstChunk = false
            }
            do {
                try feeder.feed(chunk)
            } catch {
                // The records before the bad line were read: hand them over first, in order.
                try feeder.drain(body)
                throw error
            }
            try feeder.drain(body)
            // `read(into:)` fills the buffer unless the file has ended.
            if count < buffer.storage.count { break }
        }
        do {
            try feeder.finish()
        } catch {
            try feeder.drain(body)
            throw error
        }
        try feeder.drain(body)
    }
}
