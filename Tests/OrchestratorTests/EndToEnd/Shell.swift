import Foundation

/// Runs a program to its end, for checks made with standard tools (`sha256sum -c`, `systemd-analyze`, `bash`):
/// its exit status and what it printed on either output.
enum Shell {
    /// A shell command line, run by `/bin/sh`.
    static func run(_ command: String) throws -> (status: Int32, output: String) {
        try run("/bin/sh", ["-c", command])
    }

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
