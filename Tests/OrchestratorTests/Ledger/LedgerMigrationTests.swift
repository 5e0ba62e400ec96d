import Foundation
import GRDB
import OrchestratorTesting
import Testing

@testable import Ledger

/// A ledger written by an earlier version opens under this one with nothing lost.
@Suite(.sqliteLedgerOnly) struct LedgerMigrationTests {
    @Test func operationsNotYetInTheCSVStayToBeExportedAfterTheExportMarkReplacesTheFlag() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let path = root.layout.ledger
        try root.layout.createFolders()
        do {
            let pool = try DatabasePool(path: path)
            try LedgerSchema.migrator.migrate(pool, upTo: "v3-ingest-staging-by-order")
            try pool.write { db in
                for (id, exported) in [(1, 1), (2, 1), (3, 0), (4, 0)] {
                    try db.execute(
                        sql: """
                            INSERT INTO operation (id, timestamp, scope, action, order_id, carrier, marketplace, status,
                                                   message, meta_json, exported)
                            VALUES (?, '2026-11-29 10:00:00.000', 'carrier', 'create_shipment', 'O-\(id)', 'tipsa',
                                    'mirakl', 'OK', 'booked', '{}', ?)
                            """,
                        arguments: [id, exported])
                }
            }
            try pool.close()
        }

        let ledger = try Ledger(path: path)

        #expect(try ledger.unexportedOperations(limit: 10).map(\.orderID) == ["O-3", "O-4"])
        try ledger.markExported(upTo: 3)
        try ledger.log([OperationRecord(scope: .orchestrator, action: .run, status: .ok, message: "after the upgrade")]
        )
        #expect(try ledger.unexportedOperations(limit: 10).map(\.message) == ["booked", "after the upgrade"])
    }

    @Test func aLedgerWhoseOperationsWereAllExportedHasNothingToExport() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        try root.layout.createFolders()
        do {
            let pool = try DatabasePool(path: root.layout.ledger)
            try LedgerSchema.migrator.migrate(pool, upTo: "v3-ingest-staging-by-order")
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO operation (timestamp, scope, action, order_id, carrier, marketplace, status, message,
                                               meta_json, exported)
                        VALUES ('2026-11-29 10:00:00.000', 'orchestrator', 'run', '', '', '', 'OK', 'done', '{}', 1)
                        """)
            }
            try pool.close()
        }

        #expect(try Ledger(path: root.layout.ledger).unexportedOperations(limit: 10).isEmpty)
    }

    @Test func aLedgerANewerVersionMigratedIsRefusedAndLeftAsItIs() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        try root.layout.createFolders()
        _ = try Ledger(path: root.layout.ledger)
        let newer = try DatabaseQueue(path: root.layout.ledger)
        try newer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try newer.close()

        let refused = #expect(throws: LedgerError.self) { _ = try Ledger(path: root.layout.ledger) }

        #expect(refused?.isFromNewerVersion == true)
        #expect(refused?.description.contains("v99-from-the-future") == true, "\(String(describing: refused))")
    }
}
