import Foundation
import OrchestratorTesting
import Testing

/// The files in `deploy/` as the machines that read them take them: the systemd units verified by systemd, the
/// crontab run by Debian's cron.
@Suite struct DeployFilesTests {
    static let deploy = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "deploy")
    static let analyzer = "/usr/bin/systemd-analyze"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyzer), "needs systemd-analyze"))
    func everyUnitVerifiesWithoutAWarning() throws {
        let (folder, units) = try Self.unitsAsInstalled()
        defer { try? FileManager.default.removeItem(at: folder) }

        let verified = try Self.analyze(["verify"] + units.map { folder.appending(path: $0).path })

        #expect(verified.status == 0)
        #expect(verified.output.isEmpty, "systemd-analyze verify said: \(verified.output)")
    }

    /// Every service is sandboxed the usual way (no new privileges, the file system read-only but the root, a
    /// private /tmp, …): systemd's own measure of a unit's exposure, 0 to 10, says 3 or less ("OK"); the units
    /// without their hardening measured 9.2 ("UNSAFE").
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyzer), "needs systemd-analyze"))
    func everyServiceIsHardened() throws {
        let (folder, units) = try Self.unitsAsInstalled()
        defer { try? FileManager.default.removeItem(at: folder) }

        for unit in units where unit.hasSuffix(".service") {
            let text = try String(contentsOf: folder.appending(path: unit), encoding: .utf8)
            let measured = try Self.analyze(
                ["security", "--offline=yes", "--threshold=30", folder.appending(path: unit).path])
            #expect(measured.status == 0, "\(unit): \(measured.output.split(separator: "\n").last ?? "")")
            for setting in ["NoNewPrivileges=yes", "ProtectSystem=strict", "ReadWritePaths=/srv/orchestrator"] {
                #expect(text.contains(setting + "\n") || text.contains(setting + " "), "\(unit) lacks \(setting)")
            }
        }
    }

    /// The units with the paths this machine has (the built binary, no environment file), in a folder of their own.
    private static func unitsAsInstalled() throws -> (folder: URL, units: [String]) {
        let binary = try BuiltBinary()
        let units = try FileManager.default.contentsOfDirectory(atPath: deploy.path)
            .filter { $0.hasSuffix(".service") || $0.hasSuffix(".timer") }.sorted()
        try #require(units.count == 6, "\(units)")
        let folder = FileManager.default.temporaryDirectory.appending(path: "units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for unit in units {
            let text = try String(contentsOf: deploy.appending(path: unit), encoding: .utf8)
                .replacingOccurrences(of: "/usr/local/bin/orchestrator", with: binary.path)
                .replacingOccurrences(of: "EnvironmentFile=/", with: "EnvironmentFile=-/")
            try text.write(to: folder.appending(path: unit), atomically: true, encoding: .utf8)
        }
        return (folder, units)
    }

    private static func analyze(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Shell.run(analyzer, arguments)
    }

    static let cron = "/usr/sbin/cron"

    /// The crontab's `run` line, in `/etc/cron.d` with this test's paths, every minute and as root, under a real cron
    /// daemon (started here unless one runs): cron's shell reads the environment file the units read, and an export
    /// dropped in the inbox ships.
    ///
    /// Before `set -a`, every pass said no carrier was configured.
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: cron) && getuid() == 0,
            "needs Debian's cron and root, to install a line in /etc/cron.d"),
        .onTheSQLiteHalfOnly("cron waits for the next minute, and the crontab is the same on either ledger"))
    func theCrontabsRunLineShipsAnExportUnderCron() async throws {
        try await Harness.with { harness in
            let root = harness.root.path
            let environmentFile = root + "/environment"
            // As an operator fills it in: KEY=value lines, the values in single quotes.
            try harness.environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'\n" }.joined()
                .write(toFile: environmentFile, atomically: true, encoding: .utf8)
            let example = try String(contentsOf: Self.deploy.appending(path: "crontab.example"), encoding: .utf8)
            let runLine = try #require(example.split(separator: "\n").first { $0.contains(" run --root ") })
            let line = String(runLine)
                .replacingOccurrences(of: "*/5 * * * * orchestrator ", with: "* * * * * root ")
                .replacingOccurrences(of: "/etc/orchestrator/environment", with: environmentFile)
                .replacingOccurrences(of: "/usr/local/bin/orchestrator", with: try BuiltBinary().path)
                .replacingOccurrences(of: "/srv/orchestrator", with: root)
            // cron.d takes file names of letters, digits, - and _ only.
            let installed = "/etc/cron.d/orchestrator-test-" + UUID().uuidString
            try "MAILTO=\"\"\n\(line)\n".write(toFile: installed, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: installed) }
            let daemon = try Self.startCronUnlessRunning()
            defer { Self.stopCron(daemon) }
            let generator = ExportGenerator(orderPrefix: "CRON")
            try harness.root.drop("export.csv", generator.export(orders: 0..<3))

            try await waitUntil(seconds: 150) { (try? harness.trackedOrderIDs().count) ?? 0 >= 3 }

            #expect(try harness.trackedOrderIDs().sorted() == (0..<3).map(generator.orderID).sorted())
            #expect(harness.root.files(under: "inbox").filter { !$0.hasPrefix(".") }.isEmpty)
        }
    }

    /// Debian's cron in the foreground (its process id), or nil when a cron daemon runs already (it reads `/etc/cron.d`
    /// too).
    ///
    /// Spawned with no signal blocked or ignored: it would inherit the test process's mask, and then neither stop on
    /// SIGTERM nor reap the jobs it ran.
    private static func startCronUnlessRunning() throws -> pid_t? {
        guard try Shell.run("pgrep -x cron").status != 0 else { return nil }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(cron), strdup("-f"), nil]
        defer { for argument in arguments { free(argument) } }
        try #require(posix_spawn(&pid, cron, nil, &attributes, arguments, environ) == 0, "cron did not start")
        return pid
    }

    private static func stopCron(_ pid: pid_t?) {
        guard let pid else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
