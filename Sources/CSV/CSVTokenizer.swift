/// libcsv alone over a file, for the ingest benchmark's baseline.
package enum CSVTokenizer {
    /// libcsv alone over the file, callbacks counting only: the tokenizer-only speed for the benchmark.
    ///
    /// Uses the same parser settings, chunk size and BOM handling as `CSVReader`, but no line tracking, decoding or
    /// records, so `CSVReader`'s throughput can be measured against it.
    package static func countRecords(path: String, delimiter: UInt8) throws(CSVError) -> (records: Int, bytes: Int) {
        var file = try ChunkedFile(path: path)
        let buffer = ChunkBuffer()
        let parser = LibCSVParser(delimiter: delimiter)
        let records = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        records.initialize(to: 0)
        defer { records.deallocate() }
        let onRecord: LibCSVRecordCallback = { _, context in
            context?.assumingMemoryBound(to: Int.self).pointee += 1
        }
        var bytes = 0
        while true {
            let count = try file.read(into: buffer.storage)
            var chunk = UnsafeRawBufferPointer(rebasing: buffer.storage[0..<count])
            if bytes == 0 {
                chunk = UnsafeRawBufferPointer(rebasing: chunk[byteOrderMarkLength(chunk)...])
            }
            if let error = parser.parse(
                chunk, onField: nil, onRecord: onRecord, context: UnsafeMutableRawPointer(records))
            {
                throw CSVError(
                    .malformed, "\(path): \(LibCSVParser.describe(error)) in the 64 KiB starting at byte \(bytes)")
            }
            bytes += count
            if count < buffer.storage.count { break }
        }
        if let error = parser.finish(onField: nil, onRecord: onRecord, context: UnsafeMutableRawPointer(records)) {
            throw CSVError(.malformed, "\(path): \(LibCSVParser.describe(error)) at the end of the file")
        }
        return (records.pointee, bytes)
    }
}
