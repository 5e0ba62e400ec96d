import Foundation

/// One step of a shipment's tracking history as the ledger keeps it (`tracking_event`).
package struct TrackingEventRecord: Sendable, Equatable {
    package var orderID: String
    package var carrierCode: String
    /// When the carrier recorded it; nil when the carrier's timestamp could not be read.
    package var recordedAt: Date?
    /// The normalised status (`in_transit`, `delivered`, …).
    package var status: String
    /// The carrier's own code and words.
    package var code: String
    package var text: String

    package init(orderID: String, carrierCode: String, recordedAt: Date?, status: String, code: String, text: String) {
        self.orderID = orderID
        self.carrierCode = carrierCode
        self.recordedAt = recordedAt
        self.status = status
        self.code = code
        self.text = text
    }
}
