import Foundation

/// A small file system of its own (tmpfs) mounted on a folder, for tests that need a second file system or a full disk;
/// or a folder mounted on another (a bind mount), as a network share is on its mount point.
///
/// Mounting needs root and a machine that lets root mount (not every container does).
package struct TemporaryMount {
    package let path: String
    private let arguments: [String]

    /// Whether this process can mount here: tried once, on a folder of its own.
    package static let isPossible: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let probe = FileManager.default.temporaryDirectory.path + "/mount-probe-" + UUID().uuidString
        guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil
        else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard let mount = try? TemporaryMount(tmpfsAt: probe, megabytes: 1) else { return false }
        mount.unmount()
        return true
    }()

    /// Mounts `megabytes` of tmpfs on the existing folder `path` (hiding what it held).
    package init(tmpfsAt path: String, megabytes: Int) throws {
        self.path = path
        arguments = ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path]
        try mount()
    }

    /// Mounts the folder `source` on the existing folder `path` (hiding what it held).
    package init(binding source: String, at path: String) throws {
        self.path = path
        arguments = ["--bind", source, path]
        try mount()
    }

    /// Mounts it (again, after `unmount()`: a tmpfs empty, a bound folder as it is).
    package func mount() throws {
        try Self.execute("/bin/mount", arguments)
    }

    /// Unmounts, lazily, so that a file a killed process left open does not keep it busy.
    package func unmount() {
        try? Self.execute("/bin/umount", ["-l", path])
    }

    private static func execute(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MountFailure(command: ([tool] + arguments).joined(separator: " "), message: message)
        }
    }

    struct MountFailure: Error, CustomStringConvertible {
        var command: String
        var message: String
        var description: String { "\(command) failed: \(message)" }
    }
}
