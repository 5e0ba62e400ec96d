import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Feeds libcsv one physical line at a time so every record knows the line it starts on.
///
/// libcsv reports neither lines nor byte offsets. Before the first byte of each physical line the feeder asks the
/// parser whether it is between records; if so, the next record starts on this line. A record after a quoted
/// multi-line field or after blank lines therefore gets its real line. A line longer than a chunk is fed in pieces:
/// only the piece that opens a line is a line start, so no bytes are carried from one chunk to the next.
struct LineFeeder: ~Copyable {
    private let parser: LibCSVParser
    private let assembler: UnsafeMutablePointer<RecordAssembler>
    /// The 1-based physical line of the last byte fed; 0 before any.
    private var line = 0
    private var isAtLineStart = true
    /// The byte that ends a physical line.
    private let lineEnd: UInt8

    /// A feeder over a fresh parser splitting fields at `delimiter`, counting lines at `lineEnd`.
    init(delimiter: UInt8, lineEnd: UInt8) {
        self.lineEnd = lineEnd
        parser = LibCSVParser(delimiter: delimiter)
        assembler = .allocate(capacity: 1)
        assembler.initialize(to: RecordAssembler())
    }

    deinit {
        assembler.deinitialize(count: 1)
        assembler.deallocate()
    }

    /// Parses the next bytes of the file, queueing the records they complete.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) throws(CSVError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            if isAtLineStart {
                line += 1
                assembler.pointee.currentLine = line
                if parser.isBetweenRecords {
                    assembler.pointee.recordStartLine = line
                }
            }
            let end: Int
            if let newline = memchr(base + offset, Int32(lineEnd), bytes.count - offset) {
                end = base.distance(to: UnsafeRawPointer(newline)) + 1
                isAtLineStart = true
            } else {
                end = bytes.count
                isAtLineStart = false
            }
            let error = parser.parse(
                UnsafeRawBufferPointer(rebasing: bytes[offset..<end]),
                onField: RecordAssembler.onField,
                onRecord: RecordAssembler.onRecord,
                context: UnsafeMutableRawPointer(assembler)
            )
            if let failure = assembler.pointee.failure {
                throw failure
            }
            if let error {
                throw parseError(error)
            }
            // A field still open grows inside libcsv without any callback: refuse it before it exhausts memory.
            if parser.pendingFieldSize > RecordAssembler.maximumFieldSize {
                throw .fieldTooLarge(line: line)
            }
            offset = end
        }
    }

    /// Ends the input: submits a last record without a line end, or fails on a quoted field never closed.
    mutating func finish() throws(CSVError) {
        let error = parser.finish(
            onField: RecordAssembler.onField,
            onRecord: RecordAssembler.onRecord,
            context: UnsafeMutableRawPointer(assembler)
        )
        if let failure = assembler.pointee.failure {
            throw failure
        }
        if let error {
            let start = assembler.pointee.recordStartLine
            throw CSVError(
                .malformed,
                "line \(start): the record starting on this line has a quoted field that is never closed"
                    + " (\(LibCSVParser.describe(error)))",
                line: start
            )
        }
    }

    /// Hands the queued records to `body`, in order, and empties the queue.
    func drain(_ body: (CSVRecord) throws -> Void) rethrows {
        guard !assembler.pointee.completed.isEmpty else { return }
        defer { assembler.pointee.completed.removeAll(keepingCapacity: true) }
        for record in assembler.pointee.completed {
            try body(record)
        }
    }

    private func parseError(_ code: Int32) -> CSVError {
        if code == CSV_EPARSE {
            return CSVError(
                .malformed,
                "line \(line): a quote is out of place (inside an unquoted field, or followed by text after it closes)"
                    + " (\(LibCSVParser.describe(code)))",
                line: line
            )
        }
        return CSVError(
            .tooLarge,
            "line \(line): the field cannot be held in memory (\(LibCSVParser.describe(code)))",
            line: line
        )
    }
}
