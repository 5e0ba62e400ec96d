import Foundation

/// One step of a shipment's tracking history as the ledger keeps it (`tracking_event`).
public struct TrackingEventRecord: Sendable, Equatable {
    public var orderID: String
    public var carrierCode: String
    /// When the carrier recorded it; nil when the carrier's timestamp could not be read.
    public var recordedAt: Date?
    /// The normalised status (`in_transit`, `delivered`, …).
    public var status: String
    /// The carrier's own code and words.
    public var code: String
    public var text: String

    public init(orderID: String, carrierCode: String, recordedAt: Date?, status: String, code: String, text: String) {
        self.orderID = orderID
        self.carrierCode = carrierCode
        self.recordedAt = recordedAt
        self.status = status
        self.code = code
        self.text = text
    }
}
