import Foundation

/// Writes files so that a reader (an SFTP pickup, a spreadsheet) only ever sees a whole file: the bytes go to a
/// temporary name in the same folder, are flushed to disk, then take their final name in one step.
package enum AtomicFile {
    /// Marks the temporaries a killed run may leave; `removeTemporaries(below:)` deletes them on the next start.
    ///
    /// The marker is followed by the host, the process id and a random number.
    package static let temporaryMarker = ".orchestrator-tmp-"

    /// Writes what `produce` emits to `path`, replacing what was there (the `orders_view.csv` snapshot, a label fetched
    /// again).
    ///
    /// The bytes are written as they come, so a file of any size needs no more memory than one chunk.
    package static func replace(
        _ path: String, durability: Durability = .immediate,
        producing produce: (_ emit: (Data) throws -> Void) throws -> Void
    ) throws {
        try replace(path, durability: durability, makingFile: { temporary in try write(temporary, produce) })
    }

    /// Has `make` make the file at the temporary path it is given (a library that writes files by name), then puts
    /// it at `path` in place of what was there.
    package static func replace(
        _ path: String, durability: Durability = .immediate, makingFile make: (_ temporary: String) throws -> Void
    ) throws {
        let temporary = try makeTemporary(besides: path, flushing: durability == .immediate, make)
        guard rename(temporary, path) == 0 else {
            let error = FileSystemError("rename into", path: path, errno: errno)
            unlink(temporary)
            throw error
        }
        if durability == .immediate { syncFolder(of: path) }
    }

    /// When a new file's bytes and name must be on disk: before the call returns, or at the next
    /// `FileSystemFlush.flush(containing:)` — one flush for many files is far cheaper than one each.
    package enum Durability: Sendable {
        case immediate, atNextFlush
    }

    /// Writes exactly `path`, which must not exist yet: `false` when it does (an earlier attempt already wrote it).
    package static func createExactly(
        _ path: String, data: Data, durability: Durability = .immediate
    ) throws(FileSystemError) -> Bool {
        do {
            return try createExactly(path, durability: durability) { emit in try emit(data) }
        } catch let error as FileSystemError {
            throw error
        } catch {
            throw FileSystemError("write", path: path, errno: EIO)
        }
    }

    /// Writes what `produce` emits to exactly `path`, a chunk at a time; `false` when `path` exists already.
    package static func createExactly(
        _ path: String, durability: Durability = .immediate,
        producing produce: (_ emit: (Data) throws -> Void) throws -> Void
    ) throws -> Bool {
        try createExactly(path, durability: durability, makingFile: { temporary in try write(temporary, produce) })
    }

    /// Has `make` make the file at the temporary path it is given (a library that writes files by name), then puts
    /// it at exactly `path`; `false` when `path` exists already.
    package static func createExactly(
        _ path: String, durability: Durability = .immediate, makingFile make: (_ temporary: String) throws -> Void
    ) throws -> Bool {
        try makeFolder((path as NSString).deletingLastPathComponent)
        let temporary = try makeTemporary(besides: path, flushing: durability == .immediate, make)
        defer { unlink(temporary) }
        if link(temporary, path) == 0 {
            if durability == .immediate { syncFolder(of: path) }
            return true
        }
        guard errno == EEXIST else { throw FileSystemError("create", path: path, errno: errno) }
        return false
    }

    /// Deletes the temporaries killed processes left anywhere below `folder`.
    ///
    /// Alone on the root, a process deletes them all. Beside processes of other hosts (`othersMayWriteFor`), it deletes
    /// those of this host's processes that are gone, and others' only once untouched for that many seconds: a newer one
    /// may be in the middle of being written.
    package static func removeTemporaries(below folder: String, othersMayWriteFor seconds: Double? = nil) {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return }
        let now = Date().timeIntervalSince1970
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard let marker = name.range(of: temporaryMarker) else { continue }
            let path = folder + "/" + relative
            if let seconds {
                let writer = name[marker.upperBound...].split(separator: "-").dropLast()
                let isOfGoneProcessHere =
                    writer.count >= 2 && writer.dropLast().joined(separator: "-") == ThisProcess.host
                    && !ThisProcess.isRunning(Int(writer.last ?? "") ?? 0)
                var info = stat()
                let isUntouched = lstat(path, &info) == 0 && Double(info.st_mtim.tv_sec) < now - seconds
                guard isOfGoneProcessHere || isUntouched else { continue }
            }
            unlink(path)
        }
    }

    /// Makes `folder` and its missing parents, except a guarded root's own folders (`RootGuard`).
    package static func makeFolder(_ folder: String) throws(FileSystemError) {
        // The folder is there almost every time: one system call says so.
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard RootGuard.mayMake(folder) else { throw FileSystemError("create folder", path: folder, errno: ENOENT) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError("create folder", path: folder, errno: (error as NSError).code == 0 ? EIO : errno)
        }
    }

    /// A temporary name beside `path` that `make` makes the file at, flushed to disk when `flushing`; removed when
    /// `make` throws.
    private static func makeTemporary(
        besides path: String, flushing: Bool, _ make: (_ temporary: String) throws -> Void
    ) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let unique = "\(temporaryMarker)\(ThisProcess.host)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = folder + "/" + FileName.fitting("." + name, ending: unique)
        do {
            try make(temporary)
            if flushing { try flush(temporary) }
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }

    /// Writes what `produce` emits to a new file at `path`.
    private static func write(_ path: String, _ produce: (_ emit: (Data) throws -> Void) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError("create", path: path, errno: errno) }
        defer { close(descriptor) }
        try produce { data in try FileDescriptorIO.writeAll(descriptor, data, path: path) }
    }

    private static func flush(_ path: String) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError("flush", path: path, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw FileSystemError("flush", path: path, errno: errno) }
    }

    /// Makes a rename or link durable: without it a power cut can lose the new name.
    package static func syncFolder(of path: String) {
        let descriptor = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
