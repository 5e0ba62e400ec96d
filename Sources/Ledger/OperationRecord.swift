import Foundation
import GRDB

/// One row of `outbox/operations.csv`, first committed here with the change it reports, then exported.
public struct OperationRecord: Decodable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "operation"

    public enum Scope: String, Codable, Sendable { case intake, mirakl, carrier, orchestrator }
    public enum Status: String, Codable, Sendable {
        case ok = "OK", error = "ERROR", warning = "WARNING", skipped = "SKIPPED"
    }

    public var id: Int64?
    public var timestamp: Date
    public var scope: Scope
    public var action: String
    public var orderId: String
    public var carrier: String
    public var marketplace: String
    public var status: Status
    public var message: String
    public var durationMs: Int?
    public var metaJson: String
    public var exported: Bool

    public init(
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
        self.exported = false
    }

    private static func json(_ meta: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(meta)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case timestamp
        case scope
        case action
        case orderId = "order_id"
        case carrier
        case marketplace
        case status
        case message
        case durationMs = "duration_ms"
        case metaJson = "meta_json"
        case exported
    }

    /// The columns written on insert, in the order of `databaseValues` (`id` is assigned by SQLite).
    static let databaseColumns = ["timestamp", "scope", "action", "order_id", "carrier", "marketplace", "status", "message", "duration_ms", "meta_json", "exported"]

    /// Written by hand rather than through `Encodable`: intake logs one operation per order.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        [
            LedgerDate.text(timestamp), scope.rawValue, action, orderId, carrier, marketplace, status.rawValue, message,
            durationMs, metaJson, exported,
        ]
    }

    static let insertSQL = "INSERT INTO operation (" + databaseColumns.joined(separator: ", ") + ") VALUES ("
        + Array(repeating: "?", count: databaseColumns.count).joined(separator: ", ") + ")"

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        for (column, value) in zip(Self.databaseColumns, databaseValues) {
            container[column] = value
        }
    }
}
