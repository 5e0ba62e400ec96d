import Foundation

/// One step of a shipment's tracking history, in the carrier's words and normalised.
package struct TrackingEvent: Sendable, Equatable {
    package var status: CarrierStatus
    /// The carrier's own status or incident code (TIPSA `3`, OnTime `ENTR`).
    package var code: String
    /// The carrier's own words for it (`ENTREGADO`), for people reading `orders_view.csv`.
    package var text: String
    /// When the carrier recorded it; nil when its timestamp cannot be read.
    package var recordedAt: Date?

    package init(status: CarrierStatus, code: String, text: String, recordedAt: Date?) {
        self.status = status
        self.code = code
        self.text = text
        self.recordedAt = recordedAt
    }
}
