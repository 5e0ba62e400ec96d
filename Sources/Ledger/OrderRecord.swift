import Domain
import Foundation
import GRDB

/// The ledger's row for one order: its state and everything the review files show about it.
public struct OrderRecord: Decodable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "order"

    public var orderId: String
    public var marketplace: String
    public var state: OrderState
    /// SHA-256 of the order's lines as exported: tells a changed re-export from an unchanged one.
    public var contentSha256: String
    public var sourceFileId: Int64
    /// The validated order (JSON), kept to post it.
    public var shippable: String?
    public var carrierCode: String?
    public var serviceCode: String?
    public var shipmentNumber: String?
    public var trackingNumber: String?
    public var labelPath: String?
    /// The tracking CSV (relative to the root) the order's row goes to, recorded before the file is written.
    public var trackingFile: String?
    /// The carrier's latest tracking status, normalised (`in_transit`, `delivered`, `incident`, …).
    public var carrierStatus: String?
    /// The carrier's own code and words for that status (`4`, `INCIDENCIA`), and when it recorded it.
    public var carrierStatusCode: String?
    public var carrierStatusText: String?
    public var carrierStatusAt: Date?
    /// When the shipment was handed over to the carrier (OnTime's close-and-announce call); nil until then.
    public var announcedAt: Date?
    public var consigneeName: String?
    public var consigneePostalCode: String?
    public var consigneeCity: String?
    public var consigneeCountry: String?
    public var packages: Int?
    public var weightKg: Double?
    public var totalAmount: String?
    public var currency: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var retryCount: Int
    public var errorMessage: String?
    public var miraklTrackingUpdated: Date?
    public var miraklShipUpdated: Date?

    public init(orderID: String, state: OrderState, contentSHA256: String, sourceFileID: Int64, now: Date) {
        self.orderId = orderID
        self.marketplace = "mirakl"
        self.state = state
        self.contentSha256 = contentSHA256
        self.sourceFileId = sourceFileID
        self.createdAt = now
        self.updatedAt = now
        self.retryCount = 0
    }

    /// The validated order, when it passed validation.
    public var shippableOrder: ShippableOrder? {
        shippable.flatMap { try? JSONDecoder().decode(ShippableOrder.self, from: Data($0.utf8)) }
    }

    /// Records `order` as the order to post, with the consignee columns people see.
    public mutating func setShippable(_ order: ShippableOrder) {
        shippable = ShippableOrderJSON.text(order)
        consigneeName = order.recipient.name
        consigneePostalCode = order.recipient.postalCode
        consigneeCity = order.recipient.city
        consigneeCountry = order.recipient.country.alpha2
        packages = order.parcelCount
        weightKg = order.weightKg
        totalAmount = order.totalAmount
        currency = order.currency
    }

    enum CodingKeys: String, CodingKey {
        case orderId = "order_id"
        case marketplace
        case state
        case contentSha256 = "content_sha256"
        case sourceFileId = "source_file_id"
        case shippable
        case carrierCode = "carrier_code"
        case serviceCode = "service_code"
        case shipmentNumber = "shipment_number"
        case trackingNumber = "tracking_number"
        case labelPath = "label_path"
        case trackingFile = "tracking_file"
        case carrierStatus = "carrier_status"
        case carrierStatusCode = "carrier_status_code"
        case carrierStatusText = "carrier_status_text"
        case carrierStatusAt = "carrier_status_at"
        case announcedAt = "announced_at"
        case consigneeName = "consignee_name"
        case consigneePostalCode = "consignee_postal_code"
        case consigneeCity = "consignee_city"
        case consigneeCountry = "consignee_country"
        case packages
        case weightKg = "weight_kg"
        case totalAmount = "total_amount"
        case currency
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case retryCount = "retry_count"
        case errorMessage = "error_message"
        case miraklTrackingUpdated = "mirakl_tracking_updated"
        case miraklShipUpdated = "mirakl_ship_updated"
    }

    /// The table's columns, in the order of `databaseValues`.
    static let databaseColumns = [
        "order_id",
        "marketplace",
        "state",
        "content_sha256",
        "source_file_id",
        "shippable",
        "carrier_code",
        "service_code",
        "shipment_number",
        "tracking_number",
        "label_path",
        "tracking_file",
        "carrier_status",
        "carrier_status_code",
        "carrier_status_text",
        "carrier_status_at",
        "announced_at",
        "consignee_name",
        "consignee_postal_code",
        "consignee_city",
        "consignee_country",
        "packages",
        "weight_kg",
        "total_amount",
        "currency",
        "created_at",
        "updated_at",
        "retry_count",
        "error_message",
        "mirakl_tracking_updated",
        "mirakl_ship_updated",
    ]

    /// Written by hand rather than through `Encodable`: saving orders is on intake's hot path.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        [
            orderId,
            marketplace,
            state.rawValue,
            contentSha256,
            sourceFileId,
            shippable,
            carrierCode,
            serviceCode,
            shipmentNumber,
            trackingNumber,
            labelPath,
            trackingFile,
            carrierStatus,
            carrierStatusCode,
            carrierStatusText,
            carrierStatusAt.map(LedgerDate.text),
            announcedAt.map(LedgerDate.text),
            consigneeName,
            consigneePostalCode,
            consigneeCity,
            consigneeCountry,
            packages,
            weightKg,
            totalAmount,
            currency,
            LedgerDate.text(createdAt),
            LedgerDate.text(updatedAt),
            retryCount,
            errorMessage,
            miraklTrackingUpdated.map(LedgerDate.text),
            miraklShipUpdated.map(LedgerDate.text),
        ]
    }

    /// `INSERT … ON CONFLICT DO UPDATE` of every column, prepared once per connection by the ledger.
    static let upsertSQL: String = {
        let columns = databaseColumns.map { "\"\($0)\"" }
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }
        return #"INSERT INTO "order" ("# + columns.joined(separator: ", ") + ") VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ") ON CONFLICT (order_id) DO UPDATE SET "
            + updates.joined(separator: ", ")
    }()

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.databaseColumns, databaseValues) {
            container[column] = value
        }
    }
}
