import CLibCSV

/// libcsv's field callback: the field's bytes (not NUL-terminated), their count and the context pointer.
typealias LibCSVFieldCallback = @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void
/// libcsv's record callback: the byte that ended the record (-1 at the end of the file) and the context pointer.
typealias LibCSVRecordCallback = @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void

/// A libcsv parser configured the way every reader here needs it, freed when it goes out of scope.
///
/// Strict mode rejects a quote inside an unquoted field and text after a closing quote; strict finish rejects a
/// quoted field still open at the end of the file. libcsv trims spaces and tabs around unquoted fields unless
/// told that nothing is a space, which would turn `" x "` into `"x"`.
struct LibCSVParser: ~Copyable {
    /// libcsv grows its field buffer linearly by this much (128 bytes by default, which made a 1 MB field cost
    /// eight thousand reallocations).
    static let growthStep = 64 * 1024

    private let state: UnsafeMutablePointer<csv_parser>

    /// A strict, non-trimming parser splitting fields at `delimiter`.
    init(delimiter: UInt8) {
        state = .allocate(capacity: 1)
        // csv_init fails only for a null parser.
        _ = csv_init(state, UInt8(CSV_STRICT | CSV_STRICT_FINI))
        csv_set_delim(state, delimiter)
        csv_set_space_func(state) { _ in 0 }
        csv_set_blk_size(state, Self.growthStep)
    }

    deinit {
        csv_free(state)
        state.deallocate()
    }

    /// Whether the parser is between records, so the next byte that is not a line end starts a new one.
    var isBetweenRecords: Bool {
        // ROW_NOT_BEGUN in libcsv.c; the public `pstate` is written back at the end of every csv_parse call.
        state.pointee.pstate == 0
    }

    /// How many bytes of the field being read libcsv holds so far.
    var pendingFieldSize: Int {
        state.pointee.entry_pos
    }

    /// Parses `bytes`, calling back with `context`; `nil` when all were consumed, else libcsv's error code.
    func parse(
        _ bytes: UnsafeRawBufferPointer,
        onField: LibCSVFieldCallback?,
        onRecord: LibCSVRecordCallback?,
        context: UnsafeMutableRawPointer?
    ) -> Int32? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        let consumed = csv_parse(state, base, bytes.count, onField, onRecord, context)
        return consumed == bytes.count ? nil : csv_error(state)
    }

    /// Ends the input, submitting a last record that has no line end; `nil` on success, else libcsv's error code.
    func finish(
        onField: LibCSVFieldCallback?,
        onRecord: LibCSVRecordCallback?,
        context: UnsafeMutableRawPointer?
    ) -> Int32? {
        csv_fini(state, onField, onRecord, context) == 0 ? nil : csv_error(state)
    }

    /// libcsv's text for an error code.
    static func describe(_ code: Int32) -> String {
        guard let text = csv_strerror(code) else { return "libcsv error \(code)" }
        return String(cString: text)
    }
}
