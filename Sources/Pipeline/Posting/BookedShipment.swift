/// A shipment the posting stage booked (or adopted) and committed to the ledger, as the handover needs it.
struct BookedShipment: Sendable {
    let carrierCode: String
    let orderID: String
    let shipmentNumber: String
}
