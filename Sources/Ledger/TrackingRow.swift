/// What the tracking file says of one posted order, and which tracking file it is promised to.
package struct TrackingRow: Sendable, Equatable {
    package var orderID: String
    package var carrierCode: String
    package var trackingNumber: String
    package var trackingFile: String

    package init(orderID: String, carrierCode: String, trackingNumber: String, trackingFile: String) {
        self.orderID = orderID
        self.carrierCode = carrierCode
        self.trackingNumber = trackingNumber
        self.trackingFile = trackingFile
    }
}
