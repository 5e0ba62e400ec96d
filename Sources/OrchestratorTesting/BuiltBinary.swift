import Foundation

/// The `orchestrator` executable that `swift build` put beside the running test or benchmark binary,
/// run as a user runs it.
package struct BuiltBinary: Sendable {
    package let path: String

    /// Finds the binary next to this process's executable, or at `$ORCHESTRATOR_BINARY`.
    package init() throws {
        if let explicit = ProcessInfo.processInfo.environment["ORCHESTRATOR_BINARY"] {
            path = explicit
            return
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        // A test bundle on Linux is `<products>/<package>PackageTests.xctest`, a file beside the products.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        let candidate = folder.appendingPathComponent("orchestrator").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw BinaryNotFound(searched: candidate)
        }
        path = candidate
    }

    /// Runs the binary to the end and returns what it printed and how it exited.
    ///
    /// Waits without blocking a thread, so simulators served by the same process keep answering.
    package func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Exit {
        let started = try start(arguments, environment: environment)
        return await started.wait()
    }

    /// util-linux's `script`, which opens a pseudo-terminal.
    package static let terminalOpener = "/usr/bin/script"

    /// Runs the binary as a person at a terminal does, under the pseudo-terminal `terminalOpener` opens: what it
    /// printed on either output is in `standardOutput`.
    package func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) async throws -> Exit {
        let script = Self.terminalOpener
        let command = ([path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
        let running = try RunningBinary(
            path: script, arguments: ["--quiet", "--return", "--command", command.joined(separator: " "), "/dev/null"],
            environment: environment)
        return await running.wait()
    }

    /// Starts the binary without waiting for it.
    package func start(_ arguments: [String], environment: [String: String] = [:]) throws -> RunningBinary {
        try RunningBinary(path: path, arguments: arguments, environment: environment)
    }

    /// How a finished run ended.
    package struct Exit: Sendable {
        package var exitCode: Int32
        /// True when a signal ended the process (then `exitCode` is the signal number).
        package var wasSignalled: Bool
        package var standardOutput: String
        package var standardError: String
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var searched: String
        var description: String { "the orchestrator binary is not at \(searched): run `swift build` first" }
    }
}

/// A started `orchestrator` process.
package final class RunningBinary: @unchecked Sendable {
    // Process is not Sendable; this object only touches it from the calling test.
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private let collected = CollectedOutput()
    private let exit = OnceSignal()
    private let outputDrained = OnceSignal()
    private let errorsDrained = OnceSignal()

    init(path: String, arguments: [String], environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment.filter { key, _ in
            ["TIPSA_", "ONTIME_", "MIRAKL_", "ORCHESTRATOR_"].allSatisfy { !key.hasPrefix($0) }
        }
        if let root = Self.root(in: arguments) ?? environment["ORCHESTRATOR_ROOT"] {
            merged.merge(try TestLedger.environment(forRoot: root)) { _, new in new }
        }
        merged.merge(environment) { _, new in new }
        process.environment = merged
        process.standardOutput = output
        process.standardError = errors
        let exit = self.exit
        process.terminationHandler = { _ in exit.fire() }
        try process.run()
        // Each pipe is read by a thread of its own until the child closes it. Not `readabilityHandler`: on Linux its
        // dispatch source can outlive the pipe it watches, and libdispatch's event loop then crashes the test process
        // (seen once in six suite runs).
        let collected = self.collected
        Self.drain(output.fileHandleForReading, into: { collected.append(output: $0) }, then: outputDrained)
        Self.drain(errors.fileHandleForReading, into: { collected.append(errors: $0) }, then: errorsDrained)
    }

    /// The root a command line names with `--root`.
    private static func root(in arguments: [String]) -> String? {
        arguments.firstIndex(of: "--root").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }

    private static func drain(
        _ handle: FileHandle, into append: @escaping @Sendable (Data) -> Void, then drained: OnceSignal
    ) {
        Thread.detachNewThread {
            while case let data = handle.availableData, !data.isEmpty { append(data) }
            drained.fire()
        }
    }

    package var processID: Int32 { process.processIdentifier }

    package var isRunning: Bool { process.isRunning }

    package func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Text printed on standard output so far.
    package var standardOutputSoFar: String { collected.text.output }

    /// Waits for the process to end, without blocking a thread.
    package func wait() async -> BuiltBinary.Exit {
        await exit.wait()
        await outputDrained.wait()
        await errorsDrained.wait()
        let text = collected.text
        return BuiltBinary.Exit(
            exitCode: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal,
            standardOutput: text.output, standardError: text.errors)
    }
}

/// Output gathered from a child's pipes while it runs.
final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()

    func append(output data: Data) { lock.withLock { output.append(data) } }
    func append(errors data: Data) { lock.withLock { errors.append(data) } }

    var text: (output: String, errors: String) {
        lock.withLock { (String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self)) }
    }
}

/// Fires once (the child exited, a pipe was read to its end); `wait()` suspends until then.
final class OnceSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var hasFired = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func fire() {
        let resumed = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
            hasFired = true
            defer { waiters.removeAll() }
            return waiters
        }
        for waiter in resumed { waiter.resume() }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            let alreadyFired = lock.withLock { () -> Bool in
                if !hasFired { waiters.append(continuation) }
                return hasFired
            }
            if alreadyFired { continuation.resume() }
        }
    }
}
