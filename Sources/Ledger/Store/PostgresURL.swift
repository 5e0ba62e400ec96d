import Foundation

/// Where a PostgreSQL ledger is: `postgres://user:password@host:port/database`, from `ORCHESTRATOR_LEDGER_URL`, with
/// libpq's `?sslmode=…&sslrootcert=…` when the connection is to be encrypted otherwise than libpq's default.
///
/// The password is a secret: only `redacted` (without it) is ever printed or logged.
package struct PostgresURL: Sendable, Equatable {
    package var host: String
    package var port: Int
    package var user: String
    package var password: String?
    package var database: String
    package var tls: PostgresTLS

    /// The URL `text` says, or an error saying what is wrong with it (without repeating the text: it may hold the
    /// password).
    package init(_ text: String) throws(LedgerError) {
        func invalid(_ why: String) -> LedgerError {
            LedgerError(
                "read ORCHESTRATOR_LEDGER_URL",
                why + " (expected postgres://user:password@host:port/database, optionally ?sslmode=…)")
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme else {
            throw invalid("it is not a URL")
        }
        guard ["postgres", "postgresql"].contains(scheme) else { throw invalid("its scheme is not postgres") }
        guard let host = components.host, !host.isEmpty else { throw invalid("it names no host") }
        guard let user = components.user, !user.isEmpty else { throw invalid("it names no user") }
        let database = String(components.path.dropFirst())
        guard !database.isEmpty, !database.contains("/") else { throw invalid("it names no database") }
        tls = try PostgresTLS(query: components.queryItems ?? [], invalid: invalid)
        self.host = host
        port = components.port ?? 5432
        self.user = components.percentEncodedUser?.removingPercentEncoding ?? user
        password = components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
    }

    /// The URL without its password, for messages and logs.
    package var redacted: String {
        let options = tls == .libpqDefault ? "" : "?sslmode=\(tls.mode.rawValue)"
        return "postgres://\(user)@\(host):\(port)/\(database)\(options)"
    }
}
