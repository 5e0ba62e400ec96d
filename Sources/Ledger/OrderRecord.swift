import Domain
import Foundation
import GRDB

/// The ledger's row for one order: its state and everything the review files show about it.
package struct OrderRecord: Sendable, Equatable, FetchableRecord, TableRecord {
    package static let databaseTableName = "order"

    package var orderId: String
    package var marketplace: String
    package var state: OrderState
    /// SHA-256 of the order's lines as exported: tells a changed re-export from an unchanged one.
    package var contentSha256: String
    package var sourceFileId: Int64
    /// The validated order (JSON), kept to post it.
    package var shippable: String?
    package var carrierCode: String?
    package var serviceCode: String?
    package var shipmentNumber: String?
    package var trackingNumber: String?
    package var labelPath: String?
    /// The tracking CSV (relative to the root) the order's row goes to, recorded before the file is written.
    package var trackingFile: String?
    /// The carrier's latest tracking status, normalised (`in_transit`, `delivered`, `incident`, …).
    package var carrierStatus: String?
    /// The carrier's own code and words for that status (`4`, `INCIDENCIA`), and when it recorded it.
    package var carrierStatusCode: String?
    package var carrierStatusText: String?
    package var carrierStatusAt: Date?
    /// When the shipment was handed over to the carrier (OnTime's close-and-hand-over call, `entregaRecogidas`); nil until then.
    package var handedOverAt: Date?
    package var consigneeName: String?
    package var consigneePostalCode: String?
    package var consigneeCity: String?
    package var consigneeCountry: String?
    package var packages: Int?
    package var weightKg: Double?
    package var totalAmount: String?
    package var currency: String?
    package var createdAt: Date
    package var updatedAt: Date
    package var retryCount: Int
    package var errorMessage: String?
    package var miraklTrackingUpdated: Date?
    package var miraklShipUpdated: Date?
    /// The order's state at Mirakl as the newest export or fetch said it (`SHIPPING`, `CANCELED`, …).
    package var miraklState: String?

    package init(orderID: String, state: OrderState, contentSHA256: String, sourceFileID: Int64, now: Date) {
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
    package var shippableOrder: ShippableOrder? {
        shippable.flatMap { try? JSONDecoder().decode(ShippableOrder.self, from: Data($0.utf8)) }
    }

    /// Records `order` as the order to post, with the consignee columns people see.
    package mutating func setShippable(_ order: ShippableOrder) {
        setShippable(order, json: ShippableOrderJSON.text(order))
    }

    /// The same, with the order's JSON (`ShippableOrderJSON.text`) written beforehand: intake writes it on the thread
    /// that validates, not on the ledger's.
    package mutating func setShippable(_ order: ShippableOrder, json: String) {
        shippable = json
        consigneeName = order.recipient.name
        consigneePostalCode = order.recipient.postalCode
        consigneeCity = order.recipient.city
        consigneeCountry = order.recipient.country.alpha2
        packages = order.parcelCount
        weightKg = order.weightKg
        totalAmount = order.totalAmount
        currency = order.currency
    }

    /// The table's columns, in the order of `bind(into:)` and of `init(row:)`.
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
        "handed_over_at",
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
        "mirakl_state",
    ]

    /// The columns as queries select them; `init(row:)` reads them by position.
    static let selection = columnList(prefix: "")
    /// The same for a query that names the order table `o`.
    static let selectionFromO = columnList(prefix: "o.")

    private static func columnList(prefix: String) -> String {
        databaseColumns.map { "\(prefix)\"\($0)\"" }.joined(separator: ", ")
    }

    package static var databaseSelection: [any SQLSelectable] { databaseColumns.map { Column($0) } }

    /// Reads the columns of `selection` by position, in their order: a lookup by name for each of some thirty
    /// columns cost more than the rest of a queued order's handling. With GRDB's `Codable` records instead (decoding
    /// by name, `upsert`, `insert`) intake recorded 10,000 rows/s against 39,600 (a 30 MB export, release build, two
    /// alternating runs each): the hand-written codec stays.
    package init(row: Row) throws {
        orderId = row[0]
        marketplace = row[1]
        let stateText: String = row[2]
        guard let state = OrderState(rawValue: stateText) else {
            throw DatabaseError(message: "order \(orderId) has an unknown state '\(stateText)'")
        }
        self.state = state
        contentSha256 = row[3]
        sourceFileId = row[4]
        shippable = row[5]
        carrierCode = row[6]
        serviceCode = row[7]
        shipmentNumber = row[8]
        trackingNumber = row[9]
        labelPath = row[10]
        trackingFile = row[11]
        carrierStatus = row[12]
        carrierStatusCode = row[13]
        carrierStatusText = row[14]
        carrierStatusAt = row[15]
        handedOverAt = row[16]
        consigneeName = row[17]
        consigneePostalCode = row[18]
        consigneeCity = row[19]
        consigneeCountry = row[20]
        packages = row[21]
        weightKg = row[22]
        totalAmount = row[23]
        currency = row[24]
        createdAt = row[25]
        updatedAt = row[26]
        retryCount = row[27]
        errorMessage = row[28]
        miraklTrackingUpdated = row[29]
        miraklShipUpdated = row[30]
        miraklState = row[31]
    }

    /// Binds every column, in the order of `databaseColumns`, for `insertSQL`.
    func bind(into insert: inout BoundInsert) {
        insert.bind(orderId)
        insert.bind(marketplace)
        insert.bind(state.rawValue)
        insert.bind(contentSha256)
        insert.bind(sourceFileId)
        insert.bind(shippable)
        insert.bind(carrierCode)
        insert.bind(serviceCode)
        insert.bind(shipmentNumber)
        insert.bind(trackingNumber)
        insert.bind(labelPath)
        insert.bind(trackingFile)
        insert.bind(carrierStatus)
        insert.bind(carrierStatusCode)
        insert.bind(carrierStatusText)
        insert.bind(carrierStatusAt.map(LedgerDate.text))
        insert.bind(handedOverAt.map(LedgerDate.text))
        insert.bind(consigneeName)
        insert.bind(consigneePostalCode)
        insert.bind(consigneeCity)
        insert.bind(consigneeCountry)
        insert.bind(packages)
        insert.bind(weightKg)
        insert.bind(totalAmount)
        insert.bind(currency)
        insert.bind(LedgerDate.text(createdAt))
        insert.bind(LedgerDate.text(updatedAt))
        insert.bind(retryCount)
        insert.bind(errorMessage)
        insert.bind(miraklTrackingUpdated.map(LedgerDate.text))
        insert.bind(miraklShipUpdated.map(LedgerDate.text))
        insert.bind(miraklState)
    }

    /// `INSERT` of every column, prepared once per connection by the ledger.
    static let insertSQL =
        #"INSERT INTO "order" ("# + databaseColumns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES ("
        + Array(repeating: "?", count: databaseColumns.count).joined(separator: ", ") + ")"
}
