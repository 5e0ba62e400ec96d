import Foundation
import Logging
import NIOPosix
import PostgresNIO

/// One connection to the ledger's database, used by one transaction at a time, and opened anew when the server dropped
/// it while it was idle (a restart, a failover, an idle timeout): the next transaction connects again, retrying with a
/// bounded backoff, instead of failing every pass of a watcher from then on.
///
/// A transaction the drop cuts short fails as any other ledger failure: what it did is rolled back, and the next run
/// takes it up.
final class PostgresSession: @unchecked Sendable {
    /// The pauses, in seconds, before each new attempt to connect again: 15 s in all.
    static let reconnectionPauses: [TimeInterval] = [0.25, 0.75, 2, 4, 8]

    private let url: PostgresURL
    private let id: Int
    private let logger: Logger
    private let lock = NSLock()
    // Read and replaced only while holding `lock`.
    private var connection: PostgresLedgerConnection
    /// Statements that set this session up (`SET …`), run again on each new connection; under `lock`.
    private var setup: [String] = []

    init(_ url: PostgresURL, id: Int, logger: Logger) throws(LedgerError) {
        self.url = url
        self.id = id
        self.logger = logger
        connection = try Self.connect(url, id: id, logger: logger)
    }

    deinit {
        try? connection.connection.close().wait()
    }

    /// Runs `statements` now, outside any transaction, and again on every new connection.
    func keep(_ statements: [String]) throws(LedgerError) {
        do {
            try lock.withLock {
                setup = statements
                for statement in statements { _ = try connection.execute(statement, values: []) }
            }
        } catch {
            throw error as? LedgerError ?? PostgresFailure.ledgerError(error)
        }
    }

    /// Runs `body` between `begin` and `COMMIT`; rolls back when it throws.
    func transaction<T>(_ begin: String, _ body: (PostgresLedgerConnection) throws -> T) throws -> T {
        try lock.withLock {
            try start(begin)
            do {
                let result = try body(connection)
                try connection.runHeldInserts()
                try connection.execute("COMMIT", values: [])
                return result
            } catch {
                connection.discardHeldInserts()
                _ = try? connection.execute("ROLLBACK", values: [])
                // The body's own errors go on unchanged, unless the connection was lost under it.
                guard var failure = error as? LedgerError else {
                    guard connection.connection.isClosed else { throw error }
                    var lost = PostgresFailure.ledgerError(error)
                    lost.isConnectionLost = true
                    throw lost
                }
                failure.isConnectionLost = failure.isConnectionLost || connection.connection.isClosed
                throw failure
            }
        }
    }

    /// Begins a transaction, on a new connection when the server dropped the one it had.
    private func start(_ begin: String) throws {
        if !connection.connection.isClosed {
            do {
                try connection.execute(begin, values: [])
                return
            } catch {
                // Dropped before the client had noticed: nothing of the transaction ran yet.
                guard connection.connection.isClosed else { throw error }
            }
        }
        logger.warning(
            "the ledger's database dropped the connection; connecting again", metadata: ["ledger": "\(url.redacted)"])
        connection = try reconnect()
        try connection.execute(begin, values: [])
    }

    private func reconnect() throws(LedgerError) -> PostgresLedgerConnection {
        var pauses = Self.reconnectionPauses.makeIterator()
        while true {
            do {
                let connection = try Self.connect(url, id: id, logger: logger)
                for statement in setup { _ = try connection.execute(statement, values: []) }
                return connection
            } catch {
                guard let pause = pauses.next() else {
                    throw error as? LedgerError ?? PostgresFailure.ledgerError(error)
                }
                Thread.sleep(forTimeInterval: pause)
            }
        }
    }

    private static func connect(
        _ url: PostgresURL, id: Int, logger: Logger
    ) throws(LedgerError) -> PostgresLedgerConnection {
        let tls = try url.tls.connectionTLS()
        do {
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(),
                configuration: PostgresConnection.Configuration(
                    host: url.host, port: url.port, username: url.user, password: url.password,
                    database: url.database, tls: tls),
                id: id, logger: logger
            ).wait()
            return PostgresLedgerConnection(connection: connection, logger: logger)
        } catch {
            var failure = PostgresFailure.ledgerError(error)
            failure.operation = "open the ledger at \(url.redacted)"
            throw failure
        }
    }
}
