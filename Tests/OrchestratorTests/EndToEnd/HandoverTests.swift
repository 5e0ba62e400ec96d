import Foundation
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// OnTime's handover (`entregaRecogidas`): every shipment handed over exactly once, a hundred per call once the
/// orders are booked, and a refused one retried by the next run.
@Suite struct HandoverTests {
    static let onTimeOnly = Settings.forTests.routingEverything(to: "ontime", service: "70")

    @Test func everyShipmentIsHandedOverOnceAHundredPerCallAfterTheBookings() async throws {
        try await Harness.with(ontime: .init(latency: .milliseconds(10)), settings: Self.onTimeOnly) { harness in
            let generator = ExportGenerator(orderPrefix: "BATCH")
            try harness.root.drop("export.csv", generator.export(orders: 0..<250))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            for index in 0..<250 {
                let numbers = await harness.sandbox.ontime.shipmentNumbers(reference: generator.orderID(index))
                try #require(numbers.count == 1, "order \(index)")
                #expect(await harness.sandbox.ontime.handoverCount(shipmentNumber: numbers[0]) == 1, "order \(index)")
            }
            let operations = CSVRows.records(try harness.rows("outbox/operations.csv"))
            let handovers = operations.filter { $0["action"] == "hand_over" }.map { $0["message"] ?? "" }
            #expect(
                handovers.sorted() == [
                    "100 shipment(s) handed over", "100 shipment(s) handed over", "50 shipment(s) handed over",
                ])
            let firstHandover = try #require(operations.firstIndex { $0["action"] == "hand_over" })
            let lastBooking = try #require(operations.lastIndex { $0["action"] == "create_shipment" })
            #expect(firstHandover > lastBooking, "the stages run in order: booking, then handover")
        }
    }

    @Test func aRefusedHandoverExitsOneAndIsHandedOverByTheNextRun() async throws {
        // Every second OnTime call is refused: the booking goes through, the handover after it does not.
        try await Harness.with(
            ontime: .init(faultRate: 0.5, faults: [.carrierPermanent]),
            settings: Self.onTimeOnly
        ) { harness in
            let generator = ExportGenerator(orderPrefix: "HAND")
            try harness.root.drop("export.csv", generator.export(orders: 0..<1))

            let refused = try await harness.run()
            let shipment = try #require(
                await harness.sandbox.ontime.shipmentNumbers(reference: generator.orderID(0)).first)
            let handedOverAfterRefusal = await harness.sandbox.ontime.isHandedOver(shipmentNumber: shipment)
            let next = try await harness.run()

            #expect(refused.exitCode == 1)
            #expect(refused.standardOutput.contains("ontime handover failed"), "\(refused.standardOutput)")
            #expect(!handedOverAfterRefusal)
            #expect(next.exitCode == 0, "\(next.standardOutput)")
            #expect(await harness.sandbox.ontime.isHandedOver(shipmentNumber: shipment))
            #expect(await harness.sandbox.createCount(reference: generator.orderID(0)) == 1)
            let handovers = CSVRows.records(try harness.rows("outbox/operations.csv"))
                .filter { $0["action"] == "hand_over" }.map { $0["status"] ?? "" }
            #expect(handovers == ["ERROR", "OK"])
        }
    }

    @Test func aRefusedHandoverStopsThisRunsHandoversAndTheNextRunHandsAllOver() async throws {
        try await Harness.with(ontime: .init(latency: .milliseconds(10)), settings: Self.onTimeOnly) { harness in
            let generator = ExportGenerator(orderPrefix: "CLOSED")
            try harness.root.drop("export.csv", generator.export(orders: 0..<150))

            await harness.sandbox.ontime.refuseHandovers(true)
            let refused = try await harness.run()
            await harness.sandbox.ontime.refuseHandovers(false)
            var shipments: [String] = []
            for index in 0..<150 {
                shipments += await harness.sandbox.ontime.shipmentNumbers(reference: generator.orderID(index))
            }
            var handedOverAfterRefusal = 0
            for shipment in shipments {
                handedOverAfterRefusal += await harness.sandbox.ontime.handoverCount(shipmentNumber: shipment)
            }
            let next = try await harness.run()

            #expect(refused.exitCode == 1)
            #expect(refused.standardOutput.contains("ontime handover failed"), "\(refused.standardOutput)")
            #expect(shipments.count == 150, "every order booked once")
            #expect(handedOverAfterRefusal == 0)
            #expect(next.exitCode == 0, "\(next.standardOutput)")
            for shipment in shipments {
                #expect(await harness.sandbox.ontime.handoverCount(shipmentNumber: shipment) == 1, "\(shipment)")
            }
            // The two calls of the refused run went at once and were both refused; none followed them in that run.
            let handovers = CSVRows.records(try harness.rows("outbox/operations.csv"))
                .filter { $0["action"] == "hand_over" }.map { $0["status"] ?? "" }
            #expect(handovers == ["ERROR", "ERROR", "OK", "OK"])
        }
    }
}
