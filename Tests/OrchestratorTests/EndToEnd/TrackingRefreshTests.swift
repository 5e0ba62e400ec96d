import Foundation
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// `orchestrator refresh-tracking`: the carrier's statuses reach the ledger and the review file.
@Suite struct TrackingRefreshTests {
    @Test func deliveredOrdersCompleteAndIncidentsShowWithTheCarriersWords() async throws {
        try await Harness.with(settings: .forTests.routingEverything(to: "tipsa", service: "48")) { harness in
            let generator = ExportGenerator(orderPrefix: "TRACK")
            try harness.root.drop("export.csv", generator.export(orders: 0..<3))
            try await harness.run()
            let delivered = try #require(await harness.sandbox.shipmentNumbers(reference: generator.orderID(0)).first)
            let troubled = try #require(await harness.sandbox.shipmentNumbers(reference: generator.orderID(1)).first)
            await harness.sandbox.tipsa.setStatus("2", shipmentNumber: delivered)
            await harness.sandbox.tipsa.setStatus("3", shipmentNumber: delivered)
            await harness.sandbox.tipsa.setStatus("4", shipmentNumber: troubled)

            let refresh = try await harness.run("refresh-tracking")
            let again = try await harness.run("refresh-tracking")

            #expect(refresh.exitCode == 0, "\(refresh.standardOutput) \(refresh.standardError)")
            #expect(
                refresh.standardOutput.contains(
                    "3 order(s) asked, 3 status change(s), 1 delivered and complete, 1 incident(s)"),
                "\(refresh.standardOutput)")
            #expect(
                again.standardOutput.contains("2 order(s) asked, 0 status change(s)"),
                "the complete order is not asked again: \(again.standardOutput)")
            let view = Dictionary(
                uniqueKeysWithValues: CSVRows.records(try harness.rows("outbox/orders_view.csv")).map {
                    ($0["order_id"] ?? "", $0)
                })
            #expect(view[generator.orderID(0)]?["internal_state"] == "COMPLETE")
            #expect(view[generator.orderID(0)]?["carrier_status"] == "delivered")
            #expect(view[generator.orderID(1)]?["internal_state"] == "TRACKED")
            #expect(view[generator.orderID(1)]?["carrier_status"] == "incident")
            #expect(view[generator.orderID(1)]?["carrier_status_code"] == "4")
            #expect(view[generator.orderID(1)]?["carrier_status_text"] == "INCIDENCIA")
            #expect(view[generator.orderID(2)]?["carrier_status"] == "in_transit")
            let warnings = CSVRows.records(try harness.rows("outbox/operations.csv"))
                .filter { $0["action"] == "refresh_tracking" && $0["status"] == "WARNING" }
            #expect(warnings.map { $0["order_id"] } == [generator.orderID(1)])
        }
    }

    @Test func onTimeShipmentsAreHandedOverThenTracked() async throws {
        try await Harness.with(settings: .forTests.routingEverything(to: "ontime", service: "70")) { harness in
            let generator = ExportGenerator(orderPrefix: "ONT")
            try harness.root.drop("export.csv", generator.export(orders: 0..<2))
            try await harness.run()
            let delivered = try #require(
                await harness.sandbox.ontime.shipmentNumbers(reference: generator.orderID(0)).first)
            let troubled = try #require(
                await harness.sandbox.ontime.shipmentNumbers(reference: generator.orderID(1)).first)
            await harness.sandbox.ontime.setStatus(code: "REPA", text: "EN REPARTO", shipmentNumber: delivered)
            await harness.sandbox.ontime.setStatus(code: "ENTR", text: "ENTREGADO", shipmentNumber: delivered)
            await harness.sandbox.ontime.setStatus(code: "1101", text: "AUSENTE", shipmentNumber: troubled)

            let refresh = try await harness.run("refresh-tracking")

            #expect(
                await harness.sandbox.ontime.isHandedOver(shipmentNumber: delivered),
                "the run handed the shipments over")
            #expect(refresh.exitCode == 0, "\(refresh.standardOutput) \(refresh.standardError)")
            let view = Dictionary(
                uniqueKeysWithValues: CSVRows.records(try harness.rows("outbox/orders_view.csv")).map {
                    ($0["order_id"] ?? "", $0)
                })
            #expect(view[generator.orderID(0)]?["internal_state"] == "COMPLETE")
            #expect(view[generator.orderID(0)]?["carrier_status_code"] == "ENTR")
            #expect(view[generator.orderID(1)]?["carrier_status"] == "incident")
            #expect(view[generator.orderID(1)]?["carrier_status_text"] == "AUSENTE")
            let handovers = CSVRows.records(try harness.rows("outbox/operations.csv")).filter {
                $0["action"] == "hand_over"
            }
            #expect(handovers.map { $0["status"] } == ["OK"], "one handover call for the run's two bookings")
        }
    }

    @Test func aCarrierThatCannotBeAskedExitsOneAndChangesNothing() async throws {
        try await Harness.with(settings: .forTests.routingEverything(to: "tipsa", service: "48")) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "NOASK").export(orders: 0..<2))
            try await harness.run()

            let refresh = try await harness.run("refresh-tracking", environment: ["TIPSA_PASSWORD": "wrong"])

            #expect(refresh.exitCode == 1)
            #expect(refresh.standardOutput.contains("tipsa unavailable"), "\(refresh.standardOutput)")
            #expect(!refresh.standardOutput.contains("wrong"))
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            #expect(view.allSatisfy { $0["internal_state"] == "TRACKED" && $0["carrier_status"] == "" })
        }
    }
}
