import Foundation
import Ledger

/// Which ledger the tests run on.
///
/// By default each root's own SQLite file; with `ORCHESTRATOR_TEST_POSTGRES_URL` set (a PostgreSQL role that may create
/// databases, as `scripts/postgres-scratch` starts), a database of its own for each root, made with `psql`: the whole
/// suite runs on either backend (`scripts/test` runs both).
package enum TestLedger {
    package static let postgresVariable = "ORCHESTRATOR_TEST_POSTGRES_URL"
    private static let administration = ProcessInfo.processInfo.environment[postgresVariable].flatMap {
        $0.isEmpty ? nil : $0
    }

    package static var isPostgres: Bool { administration != nil }

    /// The folder of the throw-away server `scripts/postgres-scratch` started, which tests may restart.
    private static let serverFolder = ProcessInfo.processInfo.environment["ORCHESTRATOR_TEST_POSTGRES_DIR"].flatMap {
        $0.isEmpty ? nil : $0
    }

    package static var canRestartServer: Bool { isPostgres && serverFolder != nil }

    /// The authority that signed the throw-away server's certificate (for "localhost"), when it offers TLS.
    package static var serverAuthority: String? {
        guard isPostgres, let file = serverFolder.map({ $0 + "/tls/ca.crt" }),
            FileManager.default.fileExists(atPath: file)
        else { return nil }
        return file
    }

    /// Stops the throw-away server (every connection ends) and starts it again on the same port, as a restart of
    /// the database server does.
    package static func restartServer() throws {
        guard let serverFolder else { return }
        let script = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "scripts/postgres-scratch").path
        // Spawned and waited for by hand: Foundation's `Process` counts the script as running for as long as the
        // server it started keeps a descriptor it inherited. Its output (the URL, with the password) goes nowhere.
        var quiet = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&quiet)
        defer { posix_spawn_file_actions_destroy(&quiet) }
        posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0)
        for command in ["stop", "start"] {
            var pid: pid_t = 0
            let words = [script, command, serverFolder]
            let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
            defer { for argument in arguments { free(argument) } }
            var status: Int32 = 0
            guard posix_spawn(&pid, script, &quiet, nil, arguments, environ) == 0, waitpid(pid, &status, 0) == pid,
                status == 0
            else { throw ServerNotRestarted(command: command) }
        }
    }

    struct ServerNotRestarted: Error, CustomStringConvertible {
        var command: String
        var description: String { "scripts/postgres-scratch \(command) failed" }
    }

    /// Where the ledger of the root at `root` is; on PostgreSQL its database is made the first time it is asked for.
    package static func location(forRoot root: String) throws -> LedgerLocation {
        guard let administration else { return .sqlite(path: root + "/logs/ledger.sqlite") }
        let name = databaseName(forRoot: root)
        try psql(
            administration,
            "SELECT 'CREATE DATABASE \(name)' WHERE NOT EXISTS "
                + "(SELECT FROM pg_database WHERE datname = '\(name)') \\gexec")
        return .postgres(try PostgresURL(replacingDatabase(of: administration, with: name)))
    }

    /// `ORCHESTRATOR_LEDGER_URL` for a run of the program on the root at `root`; nothing on SQLite.
    package static func environment(forRoot root: String) throws -> [String: String] {
        guard isPostgres, case .postgres(let url) = try location(forRoot: root), let administration else { return [:] }
        return [LedgerLocation.environmentVariable: replacingDatabase(of: administration, with: url.database)]
    }

    /// Ends every connection to the root's database, as a restart of the server would.
    package static func dropConnections(root: String) throws {
        guard let administration else { return }
        try psql(
            administration,
            // Only sessions that have signed in: one still signing in has no role yet, and ending it is refused.
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(databaseName(forRoot: root))' "
                + "AND pid <> pg_backend_pid() AND usename = current_user")
    }

    /// Drops the root's database, if it has one.
    package static func remove(root: String) {
        guard let administration else { return }
        try? psql(administration, "DROP DATABASE IF EXISTS \(databaseName(forRoot: root)) WITH (FORCE)")
    }

    /// A name PostgreSQL takes unquoted, the same for the same root in every process: FNV-1a of its absolute path.
    private static func databaseName(forRoot root: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in URL(fileURLWithPath: root).standardizedFileURL.path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return "ledger_" + String(hash, radix: 16)
    }

    /// `url` naming `database`, its options (`?sslmode=…`) kept.
    private static func replacingDatabase(of url: String, with database: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + database
        return components.string ?? url
    }

    private static func psql(_ url: String, _ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-o", "/dev/null"]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((command + "\n").utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PsqlFailed(command: command) }
    }

    struct PsqlFailed: Error, CustomStringConvertible {
        var command: String
        var description: String { "psql failed: \(command)" }
    }
}
