import Foundation
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// Many orders, both carriers, every kind of fault: each order ends shipped once or failed with a reason.
@Suite struct FaultSoakTests {
    /// A 30 % fault rate on purpose: the circuit breaker must not mistake it for a carrier that is down, and a hang
    /// must not hold a call for long.
    static let settings = Settings.forTests.with { settings in
        settings.posting.retryAttempts = 6
        settings.posting.callTimeoutSeconds = 1
        settings.posting.failuresBeforeUnavailable = 1000
    }

    @Test func fiveHundredOrdersAcrossBothCarriersWithThirtyPercentFaultsOfEveryKind() async throws {
        let faulty = SimulatorBehaviour(faultRate: 0.3, faults: SimulatedFault.everyKind)
        try await Harness.with(tipsa: faulty, ontime: faulty, settings: Self.settings) { harness in
            let generator = ExportGenerator(orderPrefix: "SOAK")
            try harness.root.drop("soak.csv", generator.export(orders: 0..<500))

            let outcome = try await harness.run()

            #expect([0, 1].contains(outcome.exitCode), "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(await harness.sandbox.duplicateReferences() == [], "no order booked twice")
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            #expect(view.count == 500)
            #expect(Set(view.map { $0["carrier_code"] ?? "" }) == ["ONTIME", "TIPSA"], "both carriers were used")
            var shipped = 0
            for row in view {
                let orderID = row["order_id"] ?? ""
                let booked = await harness.sandbox.shipmentNumbers(reference: orderID)
                switch row["internal_state"] {
                case "TRACKED", "POSTED", "FAILED_TRACKING":
                    shipped += 1
                    #expect(booked == [row["tracking_number"] ?? ""], "\(orderID) holds the one shipment booked for it")
                case "FAILED_POST":
                    let reason = row["error_message"] ?? ""
                    #expect(!reason.isEmpty, "\(orderID) failed with a reason")
                    #expect(booked.isEmpty || reason.contains("may exist at the carrier"), "\(orderID): \(reason)")
                default:
                    Issue.record("\(orderID) ended \(row["internal_state"] ?? "")")
                }
                if row["internal_state"] == "FAILED_TRACKING" {
                    #expect(!(row["error_message"] ?? "").isEmpty, "\(orderID) failed with a reason")
                }
            }
            #expect(shipped > 400, "most orders ship despite the faults: \(shipped)")
            let states = Dictionary(grouping: view, by: { $0["internal_state"] ?? "" }).mapValues(\.count)
            let calls = await harness.sandbox.totalCalls()
            print("fault soak: \(states.sorted { $0.key < $1.key }), \(calls) carrier calls, \(outcome.standardOutput)")
        }
    }
}
