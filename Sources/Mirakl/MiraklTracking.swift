/// What OR23 tells Mirakl about a shipment.
///
/// A carrier the operator registered in Mirakl is named by its code (Mirakl computes the tracking URL); any other by
/// its name and tracking URL.
package struct MiraklTracking: Sendable, Equatable {
    package var carrierCode: String
    package var carrierName: String
    package var carrierURL: String
    package var trackingNumber: String

    package init(carrierCode: String, carrierName: String, carrierURL: String, trackingNumber: String) {
        self.carrierCode = carrierCode
        self.carrierName = carrierName
        self.carrierURL = carrierURL
        self.trackingNumber = trackingNumber
    }

    /// The OR23 body: `carrier_code` for a registered carrier, else `carrier_name` and `carrier_url`.
    var body: [String: Any] {
        var body: [String: Any] = ["tracking_number": trackingNumber]
        if carrierCode.isEmpty {
            body["carrier_name"] = carrierName
            if !carrierURL.isEmpty { body["carrier_url"] = carrierURL }
        } else {
            body["carrier_code"] = carrierCode
        }
        return body
    }
}
