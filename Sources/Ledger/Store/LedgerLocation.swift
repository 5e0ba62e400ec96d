import Foundation

/// Where the ledger is: the root's SQLite file (the default, for one host), or the PostgreSQL database that
/// `ORCHESTRATOR_LEDGER_URL` names (a secret: set in the environment only, never in the configuration file).
package enum LedgerLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    package static let environmentVariable = "ORCHESTRATOR_LEDGER_URL"

    /// The PostgreSQL database of `ORCHESTRATOR_LEDGER_URL` when it is set and not empty, else the SQLite file at
    /// `sqlitePath`.
    ///
    /// A URL that cannot be read is an error.
    package static func configured(
        sqlitePath: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LedgerError) -> LedgerLocation {
        guard let url = environment[environmentVariable], !url.isEmpty else { return .sqlite(path: sqlitePath) }
        return .postgres(try PostgresURL(url))
    }

    /// Without the password.
    package var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url.redacted
        }
    }
}

extension Ledger {
    /// Opens (creating if needed) and migrates the ledger at `location`.
    package convenience init(_ location: LedgerLocation) throws(LedgerError) {
        switch location {
        case .sqlite(let path): try self.init(path: path)
        case .postgres(let url): try self.init(store: PostgresStore(url))
        }
    }

    /// Whether it lives in PostgreSQL, where the database's own tools back it up and check it.
    package var isInPostgres: Bool { store.dialect == .postgres }
}
