/// What the tracking file says of one posted order, and which tracking file it is promised to.
public struct TrackingRow: Sendable, Equatable {
    public var orderID: String
    public var carrierCode: String
    public var trackingNumber: String
    public var trackingFile: String

    public init(orderID: String, carrierCode: String, trackingNumber: String, trackingFile: String) {
        self.orderID = orderID
        self.carrierCode = carrierCode
        self.trackingNumber = trackingNumber
        self.trackingFile = trackingFile
    }
}
