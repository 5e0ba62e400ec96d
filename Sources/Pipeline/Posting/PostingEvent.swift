/// What the posting stage tells the handover as it goes.
enum PostingEvent: Sendable {
    /// A shipment is booked (or adopted) and committed to the ledger.
    case booked(BookedShipment)
    /// The carrier's last order of the run is done: no more of its shipments will be booked.
    case carrierDone(String)
}

/// A shipment the posting stage booked (or adopted) and committed to the ledger, as the handover needs it.
struct BookedShipment: Sendable {
    let carrierCode: String
    let orderID: String
    let shipmentNumber: String
}
