import Crypto
import Foundation

/// The SHA-256 and size of a file, read in fixed-size chunks.
package struct FileDigest: Sendable, Equatable {
    static let chunkSize = 1 << 20

    package var sha256: String
    package var size: Int64

    package init(path: String) throws(FileDigestError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileDigestError(path: path, reason: "cannot open")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        do {
            while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
                hasher.update(data: chunk)
                size += Int64(chunk.count)
            }
        } catch {
            throw FileDigestError(path: path, reason: error.localizedDescription)
        }
        self.sha256 = hasher.finalize().hex
        self.size = size
    }
}

package struct FileDigestError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    package var description: String { "cannot read \(path): \(reason)" }
}
