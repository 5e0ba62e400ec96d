import Foundation
import Logging
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// Carrier failures during a run: transient ones are retried without a duplicate, permanent ones fail the order
/// with the carrier's reason.
@Suite struct CarrierFaultTests {
    /// Every retry is a lookup and a create, so at a 30 % fault rate an attempt fails about half the time: the
    /// budget is large enough that no order runs out of it by chance.
    static let settings = Settings.forTests.with { $0.posting.retryAttempts = 15 }

    @Test(arguments: [
        SimulatedFault.http503, .http500, .carrierTransient, .malformedBody, .tooManyRequests(retryAfterSeconds: 0),
        .connectionReset,
    ])
    func transientFaultsAreRetriedAndShipEachOrderOnce(_ fault: SimulatedFault) async throws {
        let faulty = SimulatorBehaviour(faultRate: 0.3, faults: [fault])
        try await Harness.with(tipsa: faulty, ontime: faulty, settings: Self.settings) { harness in
            let generator = ExportGenerator(orderPrefix: "FAULT")
            try harness.root.drop("export.csv", generator.export(orders: 0..<20))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            for index in 0..<20 {
                let creates = await harness.sandbox.createCount(reference: generator.orderID(index))
                #expect(creates == 1, "order \(index): \(creates) creates")
            }
            let tracked = harness.root.files(under: "outbox/tracking")
            #expect(
                try tracked.map { CSVRows.records(try harness.rows("outbox/tracking/" + $0)).count }.reduce(0, +) == 20)
        }
    }

    @Test func aPermanentFaultFailsTheOrderWithTheCarriersReason() async throws {
        try await Harness.with(
            tipsa: .init(faultRate: 1, faults: [.carrierPermanent]),
            settings: .forTests.routingEverything(to: "tipsa", service: "48")
        ) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "PERM").export(orders: 0..<2))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 1)
            #expect(await harness.sandbox.totalCreates() == 0)
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            #expect(view.count == 2)
            #expect(
                view.allSatisfy { $0["internal_state"] == "FAILED_POST" && $0["error_message"]?.contains("41") == true }
            )
            let results = harness.root.csvFiles(under: "outbox/results")
            let rows = CSVRows.records(try harness.rows("outbox/results/" + (results.first ?? "")))
            #expect(rows.allSatisfy { $0["state"] == "FAILED_POST" && $0["message"]?.contains("41") == true })
        }
    }

    @Test func retryRequeuesFailedOrdersForTheNextRun() async throws {
        try await Harness.with(
            tipsa: .init(faultRate: 1, faults: [.carrierPermanent]),
            settings: .forTests.routingEverything(to: "tipsa", service: "48")
        ) { harness in
            let generator = ExportGenerator(orderPrefix: "RETRY")
            try harness.root.drop("export.csv", generator.export(orders: 0..<2))
            try await harness.run()
            let healthy = try await TipsaSimulator.start(logger: Logger(label: "test.tipsa.healthy"))

            let usage = try await harness.run("retry")
            let unknown = try await harness.run("retry", ["NO-SUCH-ORDER"])
            let retry = try await harness.run("retry", ["--all-failed"])
            let rerun = try await harness.run(environment: ["TIPSA_URL": healthy.baseURL])
            await healthy.stop()

            #expect(usage.exitCode == 2)
            #expect(unknown.exitCode == 1 && unknown.standardOutput.contains("no such order"))
            #expect(retry.exitCode == 0, "\(retry.standardOutput) \(retry.standardError)")
            #expect(retry.standardOutput.contains("\(generator.orderID(0)): FAILED_POST -> PENDING_POST"))
            #expect(rerun.exitCode == 0, "\(rerun.standardOutput)")
            for index in 0..<2 {
                #expect(await healthy.createCount(reference: generator.orderID(index)) == 1)
            }
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            #expect(view.allSatisfy { $0["internal_state"] == "TRACKED" })
        }
    }

    /// A run of an export of `orders` orders while TIPSA is down, and the orders view it leaves.
    ///
    /// Down as a carrier behind a load balancer is: every call answered 503. A stopped simulator's port could be
    /// taken by another test's server meanwhile and answer something else.
    static func runDuringAnOutage(
        _ harness: Harness, _ generator: ExportGenerator, orders: Int
    ) async throws -> (run: BuiltBinary.Exit, view: [[String: String]]) {
        try harness.root.drop("export.csv", generator.export(orders: 0..<orders))
        let down = try await TipsaSimulator.start(
            behaviour: SimulatorBehaviour(faultRate: 1, faults: [.http503]), logger: Logger(label: "test.tipsa.down"))
        let run = try await harness.run(environment: ["TIPSA_URL": down.baseURL])
        await down.stop()
        return (run, CSVRows.records(try harness.rows("outbox/orders_view.csv")))
    }

    @Test func aCarrierThatIsDownFailsNoOrderAndTheyShipOnceItIsBack() async throws {
        try await Harness.with(settings: .forTests.routingEverything(to: "tipsa", service: "48")) { harness in
            let generator = ExportGenerator(orderPrefix: "DOWN")
            let (duringOutage, view) = try await Self.runDuringAnOutage(harness, generator, orders: 12)
            let back = try await TipsaSimulator.start(logger: Logger(label: "test.tipsa.back"))
            let afterOutage = try await harness.run(environment: ["TIPSA_URL": back.baseURL])
            await back.stop()

            #expect(duringOutage.exitCode == 1)
            #expect(
                duringOutage.standardOutput.contains("tipsa unavailable: ")
                    && duringOutage.standardOutput.contains(" calls in a row failed"),
                "\(duringOutage.standardOutput)")
            #expect(view.count == 12)
            #expect(view.allSatisfy { ["PENDING_POST", "POSTING"].contains($0["internal_state"]) }, "no order failed")
            #expect(afterOutage.exitCode == 0, "\(afterOutage.standardOutput)")
            for index in 0..<12 {
                #expect(await back.createCount(reference: generator.orderID(index)) == 1)
            }
        }
    }

    /// An outage met by one order, fewer than the breaker counts: its attempts spent on a carrier that answers
    /// nobody, it waits for the carrier instead of failing for a person, and the run says the carrier is down.
    @Test func anOutageMetByOneOrderFailsItNot() async throws {
        try await Harness.with(settings: .forTests.routingEverything(to: "tipsa", service: "48")) { harness in
            let (duringOutage, view) = try await Self.runDuringAnOutage(
                harness, ExportGenerator(orderPrefix: "LONE"), orders: 1)

            #expect(duringOutage.exitCode == 1)
            #expect(
                duringOutage.standardOutput.contains("tipsa unavailable: 3 calls in a row failed"),
                "\(duringOutage.standardOutput)")
            #expect(view.map { $0["internal_state"] } == ["POSTING"], "waiting, to be looked up first: \(view)")
        }
    }
}
