import Foundation
import GRDB
import JSONWriting

/// One row of `outbox/operations.csv`, first committed here with the change it reports, then exported.
package struct OperationRecord: Sendable, Equatable, FetchableRecord, TableRecord {
    package static let databaseTableName = "operation"

    package enum Scope: String, Sendable { case intake, mirakl, carrier, orchestrator }
    package enum Status: String, Sendable {
        case ok = "OK"
        case error = "ERROR"
        case warning = "WARNING"
        case skipped = "SKIPPED"
    }

    package var id: Int64?
    package var timestamp: Date
    package var scope: Scope
    package var action: String
    package var orderId: String
    package var carrier: String
    package var marketplace: String
    package var status: Status
    package var message: String
    package var durationMs: Int?
    package var metaJson: String

    package init(
        scope: Scope, action: String, status: Status, message: String, orderID: String = "", carrier: String = "",
        durationMs: Int? = nil, meta: [String: String] = [:], at timestamp: Date = Date()
    ) {
        self.timestamp = timestamp
        self.scope = scope
        self.action = action
        self.orderId = orderID
        self.carrier = carrier
        self.marketplace = orderID.isEmpty ? "" : "mirakl"
        self.status = status
        self.message = message
        self.durationMs = durationMs
        self.metaJson = meta.isEmpty ? "{}" : Self.json(meta)
    }

    /// Keys sorted, so that the same meta always reads the same.
    private static func json(_ meta: [String: String]) -> String {
        String(decoding: JSONWriter.data(meta), as: UTF8.self)
    }

    /// The columns written on insert, in the order of `bind(into:)` (`id` is assigned by SQLite).
    static let databaseColumns = [
        "timestamp", "scope", "action", "order_id", "carrier", "marketplace", "status", "message", "duration_ms",
        "meta_json",
    ]

    package static var databaseSelection: [any SQLSelectable] { [Column("id")] + databaseColumns.map { Column($0) } }

    /// Reads `id`, then `databaseColumns`, by position: the export reads every operation of a run.
    package init(row: Row) throws {
        id = row[0]
        timestamp = row[1]
        let scopeText: String = row[2]
        let statusText: String = row[7]
        guard let scope = Scope(rawValue: scopeText), let status = Status(rawValue: statusText) else {
            throw DatabaseError(message: "operation \(row[0] as Int64? ?? 0) has an unknown scope or status")
        }
        self.scope = scope
        action = row[3]
        orderId = row[4]
        carrier = row[5]
        marketplace = row[6]
        self.status = status
        message = row[8]
        durationMs = row[9]
        metaJson = row[10]
    }

    /// Binds the columns of `databaseColumns`, in their order, for `insertSQL`.
    func bind(into insert: inout BoundInsert) {
        insert.bind(LedgerDate.text(timestamp))
        insert.bind(scope.rawValue)
        insert.bind(action)
        insert.bind(orderId)
        insert.bind(carrier)
        insert.bind(marketplace)
        insert.bind(status.rawValue)
        insert.bind(message)
        insert.bind(durationMs)
        insert.bind(metaJson)
    }

    static let insertSQL =
        "INSERT INTO operation (" + databaseColumns.joined(separator: ", ") + ") VALUES ("
        + Array(repeating: "?", count: databaseColumns.count).joined(separator: ", ") + ")"
}
