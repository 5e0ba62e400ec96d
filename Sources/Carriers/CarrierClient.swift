import Foundation
import RemoteCalls

/// What the pipeline needs from a parcel carrier.
///
/// One adapter per carrier implements it; the pipeline never knows which carrier it talks to.
package protocol CarrierClient: Sendable {
    /// The carrier's code in the ledger, routing rules and folder names (`tipsa`, `ontime`).
    var carrierCode: String { get }

    /// Books one shipment. `request.reference` (the Mirakl order id) is stored at the carrier so that
    /// `findShipment(reference:)` can find it again after a lost response.
    func createShipment(_ request: ShipmentRequest) async throws(CallError) -> ShipmentResult

    /// The shipment booked earlier under this reference, or nil when the carrier has none.
    func findShipment(reference: String) async throws(CallError) -> ShipmentResult?

    /// The shipping label of a booked shipment, as the carrier returns it (PDF bytes).
    func label(shipmentNumber: String) async throws(CallError) -> Data

    /// The shipment's tracking history, oldest first; empty when the carrier has nothing to say yet.
    func trackingEvents(shipmentNumber: String) async throws(CallError) -> [TrackingEvent]

    /// True when booked shipments must be handed over with `handOver(shipmentNumbers:)` before the carrier acts
    /// on them (OnTime's close-and-hand-over call, `entregaRecogidas`).
    var needsHandover: Bool { get }

    /// Hands booked shipments over to the carrier. Only called when `needsHandover` is true.
    func handOver(shipmentNumbers: [String]) async throws(CallError)
}

extension CarrierClient {
    package var needsHandover: Bool { false }

    package func handOver(shipmentNumbers: [String]) async throws(CallError) {}
}
