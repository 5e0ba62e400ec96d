import Ledger
import Testing

/// `ORCHESTRATOR_LEDGER_URL` read, or refused with a message that never repeats the password.
@Suite struct PostgresURLTests {
    @Test func aURLGivesItsPartsWithThePasswordDecodedAndKeptOutOfItsPrintedForm() throws {
        let url = try PostgresURL("postgres://ship%40ops:s3cr%2Ft%3Aw@db.internal:6432/orders")

        #expect(url.host == "db.internal")
        #expect(url.port == 6432)
        #expect(url.user == "ship@ops")
        #expect(url.password == "s3cr/t:w")
        #expect(url.database == "orders")
        #expect(url.redacted == "postgres://ship@ops@db.internal:6432/orders")
        #expect(try PostgresURL("postgresql://u@h/d").port == 5432)
    }

    @Test(arguments: [
        ("mysql://u:hunter2@h/d", "scheme"), ("postgres://u:hunter2@/d", "no host"),
        ("postgres://:hunter2@h/d", "no user"), ("postgres://u:hunter2@h/", "no database"),
        ("postgres://u:hunter2@h/d?sslmode=strict", "verify-full"),
        ("postgres://u:hunter2@h/d?sslrootcert=", "no file"),
        ("postgres://u:hunter2@h/d?connect_timeout=5", "connect_timeout"), ("hunter2", "not a URL"),
    ])
    func aURLThatCannotBeUsedIsRefusedSayingWhy(_ text: String, _ why: String) throws {
        let error = #expect(throws: LedgerError.self) { _ = try PostgresURL(text) }

        let message = error?.description ?? ""
        #expect(message.contains(why), "\(message)")
        #expect(message.contains("ORCHESTRATOR_LEDGER_URL"), "\(message)")
        #expect(!message.contains("hunter2"), "\(message)")
    }

    @Test func theEncryptionIsLibpqsDefaultUnlessTheURLSaysOtherwiseAndItsModeIsPrinted() throws {
        let plain = try PostgresURL("postgres://u:p@h/d")
        let verified = try PostgresURL("postgres://u:p@h/d?sslmode=verify-full&sslrootcert=/etc/ca.pem")

        #expect(plain.tls.mode == .prefer)
        #expect(plain.redacted == "postgres://u@h:5432/d")
        #expect(verified.tls.mode == .verifyFull)
        #expect(verified.tls.rootCertificateFile == "/etc/ca.pem")
        #expect(verified.redacted == "postgres://u@h:5432/d?sslmode=verify-full")
        #expect(try PostgresURL("postgres://u@h/d?sslmode=disable").tls.mode == .disable)
    }

    @Test func withoutTheVariableTheLedgerIsTheRootsSQLiteFile() throws {
        #expect(
            try LedgerLocation.configured(sqlitePath: "/r/logs/ledger.sqlite", environment: [:])
                == .sqlite(path: "/r/logs/ledger.sqlite"))
        #expect(
            try LedgerLocation.configured(
                sqlitePath: "/r/logs/ledger.sqlite", environment: ["ORCHESTRATOR_LEDGER_URL": "postgres://u:p@h:1/d"]
            )
            .description == "postgres://u@h:1/d")
    }
}
