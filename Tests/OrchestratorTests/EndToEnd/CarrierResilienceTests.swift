import Foundation
import OrchestratorTesting
import Simulators
import Testing

/// The dangerous carrier failures: a booking whose answer never arrives, and a carrier that must not be flooded.
@Suite struct CarrierResilienceTests {
    @Test func aCreateAcceptedThenDroppedIsAdoptedNotBookedAgain() async throws {
        // Every other call to either carrier is dropped; every create among them is booked first.
        let dropping = SimulatorBehaviour(faultRate: 0.5, faults: [.acceptThenDrop])
        try await Harness.with(
            tipsa: dropping, ontime: dropping,
            settings: .forTests.with { $0.posting.retryAttempts = 10 }
        ) { harness in
            let generator = ExportGenerator(orderPrefix: "DROP")
            try harness.root.drop("export.csv", generator.export(orders: 0..<10))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(await harness.sandbox.duplicateReferences() == [])
            let view = Dictionary(
                uniqueKeysWithValues: CSVRows.records(try harness.rows("outbox/orders_view.csv")).map {
                    ($0["order_id"] ?? "", $0)
                })
            for index in 0..<10 {
                let reference = generator.orderID(index)
                let booked = await harness.sandbox.shipmentNumbers(reference: reference)
                #expect(booked.count == 1, "\(reference) booked \(booked.count) times")
                #expect(
                    view[reference]?["tracking_number"] == booked.first, "\(reference) adopted the carrier's number")
                #expect(view[reference]?["internal_state"] == "TRACKED")
            }
            let adoptions = CSVRows.records(try harness.rows("outbox/operations.csv")).filter {
                $0["action"] == "adopt_shipment"
            }
            #expect(!adoptions.isEmpty, "some bookings were only known through the lookup")
        }
    }

    @Test func callsInFlightStayWithinTheCarriersLimit() async throws {
        try await Harness.with(
            tipsa: .init(latency: .milliseconds(40)),
            settings: .forTests.routingEverything(to: "tipsa", service: "48").with {
                $0.carriers["tipsa"]?.maxCallsInFlight = 3
            }
        ) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "GATE").export(orders: 0..<24))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput)")
            #expect(await harness.sandbox.totalCreates() == 24)
            #expect(
                harness.sandbox.tipsa.peakConcurrentCalls == 3,
                "the posting concurrency (16) is held to the carrier's 3")
        }
    }

    @Test func callsPerSecondStayWithinTheCarriersLimit() async throws {
        try await Harness.with(
            settings: .forTests.routingEverything(to: "tipsa", service: "48").with {
                $0.carriers["tipsa"]?.maxCallsPerSecond = 20
            }
        ) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "RATE").export(orders: 0..<10))
            let started = ContinuousClock.now

            let outcome = try await harness.run()

            // 10 creates and 10 labels, spaced 50 ms apart, cannot all start in less than 19 × 50 ms.
            #expect(outcome.exitCode == 0, "\(outcome.standardOutput)")
            #expect(ContinuousClock.now - started >= .milliseconds(950))
            #expect(await harness.sandbox.totalCreates() == 10)
        }
    }
}
