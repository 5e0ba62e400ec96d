import Domain
import Foundation

/// The ledger's row for one order: its state and everything the review files show about it.
package struct OrderRecord: Sendable, Equatable {
    package var orderID: String
    package var marketplace: String
    package var state: OrderState
    /// SHA-256 of the order's lines as exported: tells a changed re-export from an unchanged one.
    package var contentSHA256: String
    package var sourceFileID: Int64
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
        self.orderID = orderID
        self.marketplace = "mirakl"
        self.state = state
        self.contentSHA256 = contentSHA256
        self.sourceFileID = sourceFileID
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

    /// The table's columns, in the order of `insertValues` and of `init(row:)`.
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

    /// Reads the columns of `selection` by position, in their order: a lookup by name for each of some thirty columns
    /// cost more than the rest of a queued order's handling.
    ///
    /// With GRDB's `Codable` records instead (decoding by name, `upsert`, `insert`) intake recorded 10,000 rows/s
    /// against 39,600 (a 30 MB export, release build, two alternating runs each): the hand-written codec stays.
    package init(row: LedgerRow) throws {
        orderID = try row[0]
        marketplace = try row[1]
        let stateText: String = try row[2]
        guard let state = OrderState(rawValue: stateText) else {
            throw LedgerError("read order \(orderID)", "unknown state '\(stateText)'")
        }
        self.state = state
        contentSHA256 = try row[3]
        sourceFileID = try row[4]
        shippable = try row[5]
        carrierCode = try row[6]
        serviceCode = try row[7]
        shipmentNumber = try row[8]
        trackingNumber = try row[9]
        labelPath = try row[10]
        trackingFile = try row[11]
        carrierStatus = try row[12]
        carrierStatusCode = try row[13]
        carrierStatusText = try row[14]
        carrierStatusAt = try row[15]
        handedOverAt = try row[16]
        consigneeName = try row[17]
        consigneePostalCode = try row[18]
        consigneeCity = try row[19]
        consigneeCountry = try row[20]
        packages = try row[21]
        weightKg = try row[22]
        totalAmount = try row[23]
        currency = try row[24]
        createdAt = try row[25]
        updatedAt = try row[26]
        retryCount = try row[27]
        errorMessage = try row[28]
        miraklTrackingUpdated = try row[29]
        miraklShipUpdated = try row[30]
        miraklState = try row[31]
    }

    /// Every column's value, in the order of `databaseColumns`, for `insert`.
    var insertValues: [LedgerValue] {
        [
            orderID.ledgerValue, marketplace.ledgerValue, state.rawValue.ledgerValue, contentSHA256.ledgerValue,
            sourceFileID.ledgerValue, shippable.ledgerValue, carrierCode.ledgerValue, serviceCode.ledgerValue,
            shipmentNumber.ledgerValue, trackingNumber.ledgerValue, labelPath.ledgerValue, trackingFile.ledgerValue,
            carrierStatus.ledgerValue, carrierStatusCode.ledgerValue, carrierStatusText.ledgerValue,
            carrierStatusAt.ledgerValue, handedOverAt.ledgerValue, consigneeName.ledgerValue,
            consigneePostalCode.ledgerValue, consigneeCity.ledgerValue, consigneeCountry.ledgerValue,
            packages.ledgerValue, weightKg.ledgerValue, totalAmount.ledgerValue, currency.ledgerValue,
            createdAt.ledgerValue, updatedAt.ledgerValue, retryCount.ledgerValue, errorMessage.ledgerValue,
            miraklTrackingUpdated.ledgerValue, miraklShipUpdated.ledgerValue, miraklState.ledgerValue,
        ]
    }

    /// `INSERT` of every column, prepared once per connection by the ledger.
    static let insert = LedgerInsert(into: #""order""#, columns: databaseColumns.map { "\"\($0)\"" })
}
