import Foundation

/// A shipment the carrier has booked.
///
/// Its public tracking page comes from the configured URL template of the carrier (`carriers.<code>.tracking_url`).
package struct ShipmentResult: Sendable, Equatable {
    package var carrierCode: String
    /// The carrier's number for the shipment (TIPSA's albarán, OnTime's `numero_envio`).
    package var shipmentNumber: String
    /// The number a customer tracks the parcel by; for TIPSA and OnTime the same as the shipment number.
    package var trackingNumber: String
    /// The label, when the carrier returns it with the booking (OnTime); nil means ask `label(shipmentNumber:)`.
    package var label: Data?

    package init(carrierCode: String, shipmentNumber: String, trackingNumber: String, label: Data? = nil) {
        self.carrierCode = carrierCode
        self.shipmentNumber = shipmentNumber
        self.trackingNumber = trackingNumber
        self.label = label
    }
}
