import Foundation

/// Everything the OnTime simulator remembers: booked expeditions, which were handed over, their events, creates per
/// reference.
actor OnTimeSimulatorState {
    struct Shipment: Sendable {
        var number: String
        var reference: String
        var admissionCode: String
        var recipientName: String
        var recipientPostalCode: String
        var serviceCode: String
        var bookedAt: Date
        /// How many times `entregaRecogidas` handed over it (once, from a well-behaved client); before the first,
        /// `detalles` by number answers `codigo_error` 3.
        var handovers = 0
        var isHandedOver: Bool { handovers > 0 }
        /// The tracking history, oldest first: every expedition starts in `ALTA`.
        var events: [(code: String, text: String, at: Date)]
    }

    private var shipmentsByNumber: [String: Shipment] = [:]
    private var numbersByReference: [String: [String]] = [:]
    private(set) var creates = CreateCounts()
    /// While set, every `entregaRecogidas` is refused (as when the day's pickups are closed).
    var refusesHandovers = false
    /// A random start: simulators of separate runs (`--sandbox`) do not hand out the same numbers.
    private var lastNumber = Int.random(in: 3_100_000_000..<3_900_000_000)

    func book(
        reference: String, admissionCode: String, recipientName: String, recipientPostalCode: String,
        serviceCode: String
    ) -> Shipment {
        lastNumber += 1
        let now = Date()
        let shipment = Shipment(
            number: String(lastNumber), reference: reference, admissionCode: admissionCode,
            recipientName: recipientName,
            recipientPostalCode: recipientPostalCode, serviceCode: serviceCode, bookedAt: now,
            events: [("ALTA", "Alta en el sistema", now)])
        shipmentsByNumber[shipment.number] = shipment
        numbersByReference[reference, default: []].append(shipment.number)
        creates.record(reference: reference)
        return shipment
    }

    func shipment(number: String) -> Shipment? { shipmentsByNumber[number] }

    func shipments(reference: String) -> [Shipment] {
        (numbersByReference[reference] ?? []).compactMap { shipmentsByNumber[$0] }
    }

    /// Marks the expeditions handed over; false, and nothing changed, when one of them does not exist.
    func handOver(_ numbers: [String]) -> Bool {
        guard numbers.allSatisfy({ shipmentsByNumber[$0] != nil }) else { return false }
        for number in numbers { shipmentsByNumber[number]?.handovers += 1 }
        return true
    }

    func setRefusesHandovers(_ refuses: Bool) {
        refusesHandovers = refuses
    }

    func addEvent(code: String, text: String, number: String) {
        shipmentsByNumber[number]?.events.append((code, text, Date()))
    }
}
