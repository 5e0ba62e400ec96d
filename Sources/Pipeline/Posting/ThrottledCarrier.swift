import Carriers
import Foundation

/// A carrier client held to the carrier's configured limits on calls in flight and calls per second.
struct ThrottledCarrier: CarrierClient {
    let base: any CarrierClient
    let gate: CallGate

    var carrierCode: String { base.carrierCode }
    var announcesShipments: Bool { base.announcesShipments }

    func createShipment(_ request: ShipmentRequest) async throws(CarrierError) -> ShipmentResult {
        try await gate.run { () async throws(CarrierError) in try await base.createShipment(request) }
    }

    func findShipment(reference: String) async throws(CarrierError) -> ShipmentResult? {
        try await gate.run { () async throws(CarrierError) in try await base.findShipment(reference: reference) }
    }

    func label(shipmentNumber: String) async throws(CarrierError) -> Data {
        try await gate.run { () async throws(CarrierError) in try await base.label(shipmentNumber: shipmentNumber) }
    }

    func trackingEvents(shipmentNumber: String) async throws(CarrierError) -> [TrackingEvent] {
        try await gate.run { () async throws(CarrierError) in
            try await base.trackingEvents(shipmentNumber: shipmentNumber)
        }
    }

    func announce(shipmentNumbers: [String]) async throws(CarrierError) {
        try await gate.run { () async throws(CarrierError) in try await base.announce(shipmentNumbers: shipmentNumbers) }
    }
}
