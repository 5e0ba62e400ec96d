import Foundation
import OrchestratorTesting
import Testing

@testable import Ledger

/// The connection to a PostgreSQL ledger encrypted as `ORCHESTRATOR_LEDGER_URL`'s `sslmode` says, the way `psql`
/// reads it: against the throw-away server `scripts/postgres-scratch` starts, whose certificate names "localhost"
/// only and is signed by an authority of its own.
@Suite(
    .enabled(
        if: TestLedger.serverAuthority != nil,
        "needs the throw-away server of scripts/postgres-scratch, which offers TLS (scripts/test starts it)"))
struct PostgresTLSTests {
    @Test func verifyFullWithTheServersAuthorityShipsAndHealthSaysTheConnectionIsEncrypted() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "TLS").export(orders: 0..<3))
            let verified = try url(of: harness, host: "localhost", "sslmode=verify-full", authority)

            let run = try await harness.run(environment: verified)
            let health = try await harness.run("health", ["--sandbox"], environment: verified)

            #expect(run.exitCode == 0, "\(run.standardError)")
            #expect(await harness.sandbox.totalCreates() == 3)
            let ledgerLine = health.standardOutput.split(separator: "\n").first { $0.contains("ledger: ") } ?? ""
            #expect(ledgerLine.hasPrefix("OK") && ledgerLine.contains("answers over TLSv1."), "\(ledgerLine)")
            #expect(ledgerLine.contains("?sslmode=verify-full"), "\(ledgerLine)")
        }
    }

    @Test func verifyCAAcceptsACertificateForAnotherNameThatVerifyFullRefuses() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "TLS").export(orders: 0..<3))
            // Connected by address: the certificate names "localhost", not 127.0.0.1.
            let byAddress = try url(of: harness, host: "127.0.0.1", "sslmode=verify-full", authority)

            let refused = try await harness.run(environment: byAddress)
            let health = try await harness.run(
                "health", ["--sandbox"],
                environment: try url(of: harness, host: "127.0.0.1", "sslmode=verify-ca", authority))

            #expect(refused.exitCode == 4)
            #expect(refused.standardError.contains("does not name the host"), "\(refused.standardError)")
            #expect(harness.root.files(under: "inbox") == ["export.csv"], "the export waits for the next run")
            #expect(await harness.sandbox.totalCreates() == 0)
            #expect(health.exitCode == 0, "\(health.standardOutput)")
        }
    }

    @Test func aServerCertificateFromAnAuthorityNotTrustedIsRefused() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "TLS").export(orders: 0..<3))

            // Without sslrootcert the system's authorities are trusted, and none of them signed the server's.
            let run = try await harness.run(environment: try url(of: harness, host: "localhost", "sslmode=verify-full"))

            #expect(run.exitCode == 4)
            #expect(run.standardError.contains("signed by an authority in sslrootcert"), "\(run.standardError)")
            #expect(harness.root.files(under: "inbox") == ["export.csv"])
            #expect(await harness.sandbox.totalCreates() == 0)
        }
    }

    @Test func anAuthorityFileThatIsNotThereIsNamed() async throws {
        try await Harness.with { harness in
            let missing = harness.root.path + "/no-such-ca.crt"

            let run = try await harness.run(
                environment: try url(of: harness, host: "localhost", "sslmode=verify-full", "sslrootcert=\(missing)"))

            #expect(run.exitCode == 4)
            #expect(run.standardError.contains(missing), "\(run.standardError)")
        }
    }

    private var authority: String { "sslrootcert=" + (TestLedger.serverAuthority ?? "") }

    /// The root's ledger URL, connecting to `host` with `options`.
    private func url(of harness: Harness, host: String, _ options: String...) throws -> [String: String] {
        let plain = try TestLedger.environment(forRoot: harness.root.path)[LedgerLocation.environmentVariable] ?? ""
        var components = try #require(URLComponents(string: plain))
        components.host = host
        return [LedgerLocation.environmentVariable: "\(components.string ?? "")?\(options.joined(separator: "&"))"]
    }
}
