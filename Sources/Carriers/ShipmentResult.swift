/// A shipment the carrier has booked.
public struct ShipmentResult: Sendable, Equatable {
    public var carrierCode: String
    /// The carrier's number for the shipment (TIPSA's albarán).
    public var shipmentNumber: String
    /// The number a customer tracks the parcel by; for TIPSA the same as the albarán.
    public var trackingNumber: String

    public init(carrierCode: String, shipmentNumber: String, trackingNumber: String) {
        self.carrierCode = carrierCode
        self.shipmentNumber = shipmentNumber
        self.trackingNumber = trackingNumber
    }
}
