/// Collects the fields libcsv hands over into records; the context behind libcsv's callbacks.
///
/// Records are queued rather than handed to the caller from inside the C callback, so the caller's closure runs in
/// Swift where its errors can propagate.
struct RecordAssembler {
    /// A field above this size is refused: far beyond any real export, small enough to fail before memory does.
    static let maximumFieldSize = 16 * 1024 * 1024
    /// A record above this size (all its fields together) is refused for the same reason.
    static let maximumRecordSize = 64 * 1024 * 1024

    /// The fields of the record being read.
    private var fields: [String] = []
    private var recordSize = 0
    /// The 1-based line where the record being read starts; set by the line feeder.
    var recordStartLine = 1
    /// The physical line being fed, for error messages.
    var currentLine = 1
    /// Records completed since the queue was last drained.
    var completed: [CSVRecord] = []
    /// The first failure met inside a callback; once set, further input is ignored.
    var failure: CSVError?

    /// Appends one field, decoded as UTF-8 or else Windows-1252.
    mutating func appendField(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        recordSize += bytes.count
        guard bytes.count <= Self.maximumFieldSize else {
            failure = .fieldTooLarge(line: currentLine)
            return
        }
        guard recordSize <= Self.maximumRecordSize else {
            failure = CSVError(
                .tooLarge,
                "line \(recordStartLine): the record is larger than \(Self.maximumRecordSize >> 20) MiB",
                line: recordStartLine
            )
            return
        }
        fields.append(decodeField(bytes))
    }

    /// Ends the record being read and queues it.
    mutating func endRecord() {
        guard failure == nil else { return }
        let fieldCount = fields.count
        completed.append(CSVRecord(fields: fields, line: recordStartLine))
        // The record now shares the array; start a fresh one sized like the last.
        fields = []
        fields.reserveCapacity(fieldCount)
        recordSize = 0
    }

    /// libcsv's field callback over an assembler passed as the context.
    static let onField: LibCSVFieldCallback = { bytes, count, context in
        guard let context else { return }
        context.assumingMemoryBound(to: RecordAssembler.self).pointee
            .appendField(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// libcsv's record callback over an assembler passed as the context.
    static let onRecord: LibCSVRecordCallback = { _, context in
        guard let context else { return }
        context.assumingMemoryBound(to: RecordAssembler.self).pointee.endRecord()
    }
}

extension CSVError {
    /// A field over `RecordAssembler.maximumFieldSize`, found on `line`.
    static func fieldTooLarge(line: Int) -> CSVError {
        CSVError(
            .tooLarge,
            "line \(line): a field is larger than \(RecordAssembler.maximumFieldSize >> 20) MiB",
            line: line
        )
    }
}
