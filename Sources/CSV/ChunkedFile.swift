#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for reading in fixed-size chunks, closed when it goes out of scope.
struct ChunkedFile: ~Copyable {
    /// The size of each read: large enough that system calls cost little, small enough that memory stays flat.
    static let chunkSize = 64 * 1024

    /// The path, for messages.
    let path: String
    private let descriptor: Int32

    /// Opens `path` read-only; `.unreadable` with the system's reason when it cannot be opened.
    init(path: String) throws(CSVError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CSVError(.unreadable, "cannot open \(path): \(Self.reason(errno))")
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Fills `buffer` as far as the file allows and returns how many bytes it holds; fewer than its size only at
    /// the end of the file, 0 once the file is exhausted.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
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
