import Foundation
import GRDB

/// One row of `outbox/operations.csv`, first committed here with the change it reports, then exported.
public struct OperationRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        self.metaJson = (try? encoder.encode(meta)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        self.exported = false
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
}
