import Foundation
import JSONWriting

/// One row of `outbox/operations.csv`, first committed here with the change it reports, then exported.
package struct OperationRecord: Sendable, Equatable {
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
    /// An `OperationAction`, as text: what an earlier version recorded reads back as it was written.
    package var action: String
    package var orderID: String
    package var carrier: String
    package var marketplace: String
    package var status: Status
    package var message: String
    package var durationMs: Int?
    package var metaJSON: String

    package init(
        scope: Scope, action: OperationAction, status: Status, message: String, orderID: String = "",
        carrier: String = "",
        durationMs: Int? = nil, meta: [String: String] = [:], at timestamp: Date = Date()
    ) {
        self.timestamp = timestamp
        self.scope = scope
        self.action = action.rawValue
        self.orderID = orderID
        self.carrier = carrier
        self.marketplace = orderID.isEmpty ? "" : "mirakl"
        self.status = status
        self.message = message
        self.durationMs = durationMs
        self.metaJSON = meta.isEmpty ? "{}" : Self.json(meta)
    }

    /// Keys sorted, so that the same meta always reads the same.
    private static func json(_ meta: [String: String]) -> String {
        String(decoding: JSONWriter.data(meta), as: UTF8.self)
    }

    /// The columns written on insert, in the order of `insertValues` (`id` is assigned by the database).
    static let databaseColumns = [
        "timestamp", "scope", "action", "order_id", "carrier", "marketplace", "status", "message", "duration_ms",
        "meta_json",
    ]

    /// The columns as queries select them: `id`, then `databaseColumns`.
    static let selection = (["id"] + databaseColumns).joined(separator: ", ")

    /// Reads `id`, then `databaseColumns`, by position: the export reads every operation of a run.
    package init(row: LedgerRow) throws {
        id = try row[0]
        timestamp = try row[1]
        let scopeText: String = try row[2]
        let statusText: String = try row[7]
        guard let scope = Scope(rawValue: scopeText), let status = Status(rawValue: statusText) else {
            throw LedgerError("read operation \(id ?? 0)", "unknown scope or status")
        }
        self.scope = scope
        action = try row[3]
        orderID = try row[4]
        carrier = try row[5]
        marketplace = try row[6]
        self.status = status
        message = try row[8]
        durationMs = try row[9]
        metaJSON = try row[10]
    }

    /// The values of `databaseColumns`, in their order, for `insert`.
    var insertValues: [LedgerValue] {
        [
            timestamp.ledgerValue, scope.rawValue.ledgerValue, action.ledgerValue, orderID.ledgerValue,
            carrier.ledgerValue, marketplace.ledgerValue, status.rawValue.ledgerValue, message.ledgerValue,
            durationMs.ledgerValue, metaJSON.ledgerValue,
        ]
    }

    static let insert = LedgerInsert(into: "operation", columns: databaseColumns)
}
