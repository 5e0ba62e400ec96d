#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for reading in fixed-size chunks, closed when it goes out of scope.
///
/// A file that starts with a UTF-16 byte-order mark is read as the UTF-8 it holds, its mark left out.
struct ChunkedFile: ~Copyable {
    /// The size of each read: large enough that system calls cost little, small enough that memory stays flat.
    static let chunkSize = 64 * 1024

    /// The path, for messages.
    let path: String
    private let descriptor: Int32
    private var utf16: UTF16Decoder?
    /// UTF-8 decoded from UTF-16 and not handed out yet.
    private var decoded: [UInt8] = []
    private var isExhausted = false

    /// Opens `path` read-only; `.unreadable` with the system's reason when it cannot be opened.
    init(path: String) throws(CSVError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CSVError(.unreadable, "cannot open \(path): \(Self.reason(errno))")
        }
        self.path = path
        self.descriptor = descriptor
        var mark: (UInt8, UInt8) = (0, 0)
        if pread(descriptor, &mark, 2, 0) == 2,
            let isBigEndian = withUnsafeBytes(of: mark, { UTF16Decoder.byteOrder(of: $0) })
        {
            utf16 = UTF16Decoder(isBigEndian: isBigEndian)
            lseek(descriptor, 2, SEEK_SET)
        }
    }

    deinit {
        close(descriptor)
    }

    /// Fills `buffer` as far as the file allows and returns how many bytes it holds; fewer than its size only at
    /// the end of the file, 0 once the file is exhausted.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        guard utf16 != nil else { return try readBytes(into: buffer) }
        let raw = ChunkBuffer(count: buffer.count)
        while decoded.count < buffer.count, !isExhausted {
            let count = try readBytes(into: raw.storage)
            isExhausted = count < raw.storage.count
            utf16?.decode(UnsafeRawBufferPointer(rebasing: raw.storage[0..<count]), isLast: isExhausted, into: &decoded)
        }
        let count = min(buffer.count, decoded.count)
        guard count > 0, let target = buffer.baseAddress else { return 0 }
        decoded.withUnsafeBytes { target.copyMemory(from: $0.baseAddress!, byteCount: count) }
        decoded.removeFirst(count)
        return count
    }

    private func readBytes(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = systemRead(descriptor, base + filled, buffer.count - filled)
            if count > 0 {
                filled += count
            } else if count == 0 {
                break
            } else if errno != EINTR {
                throw CSVError(.unreadable, "cannot read \(path): \(Self.reason(errno))")
            }
        }
        return filled
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

/// `read(2)`, named apart from `ChunkedFile.read(into:)`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// A reusable chunk buffer, freed when it goes out of scope.
struct ChunkBuffer: ~Copyable {
    /// The whole buffer.
    let storage: UnsafeMutableRawBufferPointer

    /// Allocates `count` bytes.
    init(count: Int = ChunkedFile.chunkSize) {
        storage = .allocate(byteCount: count, alignment: 16)
    }

    deinit {
        storage.deallocate()
    }
}

/// How many leading bytes of the first chunk are a byte order mark (0 or 3).
func byteOrderMarkLength(_ firstChunk: UnsafeRawBufferPointer) -> Int {
    firstChunk.count >= 3 && firstChunk[0] == 0xEF && firstChunk[1] == 0xBB && firstChunk[2] == 0xBF ? 3 : 0
}
