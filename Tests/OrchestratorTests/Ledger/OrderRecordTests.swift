import Domain
import Foundation
import Ledger
import Testing

@Suite struct OrderRecordTests {
    @Test(arguments: [
        "Ana Torres", "O'Brien \"Junior\"", "back\\slash", "tab\there", "line\nbreak", "\u{01}control",
        "Müller & Söhne <SL>", "東京", "emoji 📦", "",
    ])
    func theOrderToPostComesBackAsItWasRecorded(_ text: String) throws {
        let country = try #require(CountryCode("ES"))
        let shippable = ShippableOrder(
            orderID: "O-\(text)",
            recipient: Address(
                name: text, company: text, street: text, city: text, postalCode: "28013", country: country,
                phone: "+34600112233", email: text),
            weightKg: 0.1 + 0.2, parcelCount: 2, itemCount: 3, contents: text, shippingTypeCode: text,
            shippingZoneCode: text, totalAmount: "12.90", currency: "EUR")
        var record = OrderRecord(orderID: "O-1", state: .pendingPost, contentSHA256: "", sourceFileID: 1, now: Date())

        record.setShippable(shippable)

        #expect(record.shippableOrder == shippable)
    }

    @Test func smallAndLargeWeightsSurvive() throws {
        let country = try #require(CountryCode("PT"))
        for weight in [0.00001, 1e22, 0, 2.5] {
            let shippable = ShippableOrder(
                orderID: "O",
                recipient: Address(name: "A", street: "S", city: "C", postalCode: "1100-053", country: country),
                weightKg: weight, itemCount: 1, contents: "")
            var record = OrderRecord(orderID: "O", state: .pendingPost, contentSHA256: "", sourceFileID: 1, now: Date())
            record.setShippable(shippable)
            #expect(record.shippableOrder?.weightKg == weight, "\(weight)")
        }
    }

    @Test func everyColumnComesBackFromTheLedgerAsSaved() throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let order = Self.orderWithEveryColumnSet(sourceFileID: temporary.fileID)

        try temporary.ledger.transaction("record an order") { try $0.add(order) }

        #expect(try temporary.ledger.orders(in: [.posted], after: 0, limit: 10).map(\.order) == [order])
    }

    @Test func aTransitionChangesOnlyItsColumnsAndFailsLoudlyFromAStateTheOrderLeft() throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        var order = Self.orderWithEveryColumnSet(sourceFileID: temporary.fileID)
        order.state = .posting
        order.labelPath = nil
        try temporary.ledger.transaction("record an order") { try $0.add(order) }
        let bookedAt = Date(timeIntervalSince1970: 1_790_000_900)
        let booked = OperationRecord(scope: .carrier, action: .createShipment, status: .ok, message: "booked")

        try temporary.ledger.transaction("book") {
            try $0.recordShipment(
                order.orderID, shipmentNumber: "S-2", trackingNumber: "T-2", labelPath: "outbox/labels/x.pdf",
                failedAttempts: 2, at: bookedAt, logging: booked)
        }
        // A second stage still believing the order is POSTING must not undo the booking.
        let stale = #expect(throws: LedgerError.self) {
            try temporary.ledger.transaction("book again") {
                try $0.deferPosting(order.orderID, to: .pendingPost, reason: "stale", failedAttempts: 0, at: bookedAt)
            }
        }

        var expected = order
        expected.state = .posted
        expected.shipmentNumber = "S-2"
        expected.trackingNumber = "T-2"
        expected.labelPath = "outbox/labels/x.pdf"
        expected.errorMessage = nil
        expected.retryCount = order.retryCount + 2
        expected.updatedAt = bookedAt
        #expect(try temporary.ledger.orders(in: [.posted], after: 0, limit: 10).map(\.order) == [expected])
        #expect(stale?.description.contains("is no longer POSTING") == true, "\(String(describing: stale))")
        #expect(try temporary.ledger.unexportedOperations(limit: 10).map(\.message) == ["booked"])
    }

    @Test func intakeAddsAnOrderOnceAndReplacesItsExportOnlyFromTheStateItRead() throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        var order = OrderRecord(
            orderID: "O-2", state: .pendingPost, contentSHA256: "first", sourceFileID: temporary.fileID, now: now)
        try temporary.ledger.transaction("record an order") { try $0.add(order) }

        let added = #expect(throws: LedgerError.self) {
            try temporary.ledger.transaction("record it again") { try $0.add(order) }
        }
        order.state = .rejected
        order.contentSHA256 = "second"
        order.errorMessage = "city is missing"
        try temporary.ledger.transaction("a newer export") { try $0.replaceExport(of: order, from: .pendingPost) }
        // Intake read it REJECTED; the order is no longer PENDING_POST.
        let stale = #expect(throws: LedgerError.self) {
            try temporary.ledger.transaction("a stale export") { try $0.replaceExport(of: order, from: .pendingPost) }
        }

        #expect(try temporary.ledger.orders(in: [.rejected], after: 0, limit: 10).map(\.order) == [order])
        #expect(added?.description.lowercased().contains("unique") == true, "\(String(describing: added))")
        #expect(stale?.description.contains("is no longer PENDING_POST") == true, "\(String(describing: stale))")
    }

    @Test func anOperationComesBackFromTheLedgerAsLogged() throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        var operation = OperationRecord(
            scope: .carrier, action: .createShipment, status: .warning, message: "shipment 0123456789 booked",
            orderID: "O-1", carrier: "tipsa", durationMs: 42, meta: ["service": "48", "path": "a/b \"c\""],
            at: Date(timeIntervalSince1970: 1_790_000_000))

        try temporary.ledger.log([operation])

        let exported = try temporary.ledger.unexportedOperations(limit: 10)
        operation.id = exported.first?.id
        #expect(exported == [operation])
        #expect(operation.metaJSON == #"{"path":"a/b \"c\"","service":"48"}"#)
    }

    /// Whole seconds: the ledger keeps milliseconds, and a `Date` of a fraction may not come back bit for bit.
    static func orderWithEveryColumnSet(sourceFileID: Int64) -> OrderRecord {
        var order = OrderRecord(
            orderID: "O-1", state: .posted, contentSHA256: "c0ffee", sourceFileID: sourceFileID,
            now: Date(timeIntervalSince1970: 1_790_000_000))
        order.marketplace = "mirakl-es"
        order.shippable = #"{"orderID":"O-1"}"#
        order.carrierCode = "ontime"
        order.serviceCode = "70"
        order.shipmentNumber = "3100000001"
        order.trackingNumber = "T3100000001"
        order.labelPath = "outbox/labels/ontime/T3100000001.pdf"
        order.trackingFile = "outbox/tracking/tracking-20261130T000000Z.csv"
        order.carrierStatus = "incident"
        order.carrierStatusCode = "1101"
        order.carrierStatusText = "AUSENTE"
        order.carrierStatusAt = Date(timeIntervalSince1970: 1_790_000_100)
        order.handedOverAt = Date(timeIntervalSince1970: 1_790_000_200)
        order.consigneeName = "Ana Torres"
        order.consigneePostalCode = "28013"
        order.consigneeCity = "Madrid"
        order.consigneeCountry = "ES"
        order.packages = 2
        order.weightKg = 0.75
        order.totalAmount = "12.90"
        order.currency = "EUR"
        order.updatedAt = Date(timeIntervalSince1970: 1_790_000_300)
        order.retryCount = 3
        order.errorMessage = "an earlier error"
        order.miraklTrackingUpdated = Date(timeIntervalSince1970: 1_790_000_400)
        order.miraklShipUpdated = Date(timeIntervalSince1970: 1_790_000_500)
        order.miraklState = "SHIPPING"
        return order
    }
}
