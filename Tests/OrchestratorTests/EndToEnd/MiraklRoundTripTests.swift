import Foundation
import OrchestratorTesting
import Pipeline
import Settings
import Simulators
import Testing

@testable import Ledger

/// The whole loop with the Mirakl simulator: orders fetched in pages, posted, and their tracking and shipment
/// confirmed back, each call once; cancellations honoured; Mirakl's faults losing and repeating nothing.
@Suite struct MiraklRoundTripTests {
    @Test func aThousandOrdersAreFetchedPostedAndConfirmedOnceEachAndTheCancelledNeverShip() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            let ids = await mirakl.addGeneratedOrders(count: 1000, prefix: "RT")
            let cancelled = Set(ids.enumerated().filter { $0.offset % 40 == 7 }.map(\.element))
            for id in cancelled { await mirakl.cancel(orderID: id) }

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(outcome.standardOutput.contains("1000 fetched from Mirakl"), "\(outcome.standardOutput)")
            #expect(outcome.standardOutput.contains("\(1000 - cancelled.count) confirmed to Mirakl"))
            #expect(await mirakl.listCalls() == 10, "1000 orders in pages of 100")
            let view = try ordersView(harness)
            for id in ids {
                if cancelled.contains(id) {
                    #expect(await harness.sandbox.createCount(reference: id) == 0, "\(id) was cancelled: never posted")
                    #expect(view[id]?["internal_state"] == "SKIPPED")
                } else {
                    #expect(await harness.sandbox.createCount(reference: id) == 1, "\(id)")
                    #expect(await mirakl.trackingUpdates(orderID: id) == 1, "\(id): one OR23")
                    #expect(await mirakl.shipConfirmations(orderID: id) == 1, "\(id): one OR24")
                    #expect(view[id]?["internal_state"] == "MIRAKL_OK")
                    #expect(view[id]?["mirakl_tracking_updated"]?.isEmpty == false)
                    #expect(view[id]?["mirakl_ship_updated"]?.isEmpty == false)
                }
            }
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
        }
    }

    @Test(arguments: [("TIPSA-ES", "", "TIPSA-ES", ""), ("", "https://track.example/?n={tracking}", "", "TIPSA")])
    func theTrackingGivenToMiraklNamesTheConfiguredCarrierCodeOrElseTheNameAndURL(
        _ miraklCode: String, _ trackingURL: String, _ code: String, _ name: String
    ) async throws {
        let settings = Settings.forMiraklTests.with { settings in
            settings.carriers["tipsa"]?.miraklCode = miraklCode
            settings.carriers["tipsa"]?.trackingURL = trackingURL
        }
        try await Harness.with(mirakl: .init(), settings: settings) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            // Generated orders weigh the default 1 kg, Spanish or Portuguese: TIPSA's.
            let ids = await mirakl.addGeneratedOrders(count: 2, prefix: "CODE")

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            let view = try ordersView(harness)
            for id in ids {
                let tracking = try #require(await mirakl.tracking(orderID: id))
                let number = try #require(view[id]?["tracking_number"])
                #expect(tracking.trackingNumber == number)
                #expect(tracking.carrierCode ?? "" == code && tracking.carrierName ?? "" == name)
                #expect(tracking.carrierURL ?? "" == (code.isEmpty ? "https://track.example/?n=\(number)" : ""))
            }
        }
    }

    @Test func anOrderCancelledAfterBookingKeepsItsShipmentIsNotConfirmedAndIsFlaggedOnce() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            let ids = await mirakl.addGeneratedOrders(count: 3, prefix: "LATE")
            // Fetched, then booked by a run that cannot reach Mirakl: the orders are TRACKED, not yet confirmed.
            #expect(try await harness.run("fetch-orders").exitCode == 0)
            let booked = try await harness.run(environment: ["MIRAKL_API_KEY": "stale-key"])
            #expect(booked.exitCode == 1 && booked.standardOutput.contains("3 tracked"), "\(booked.standardOutput)")
            await mirakl.cancel(orderID: ids[1])

            let flagged = try await harness.run()
            let quiet = try await harness.run()

            #expect(flagged.exitCode == 1, "\(flagged.standardOutput)")
            #expect(flagged.standardOutput.contains("1 cancelled at Mirakl after booking"))
            #expect(flagged.standardOutput.contains("2 confirmed to Mirakl"))
            #expect(quiet.exitCode == 0, "said once: \(quiet.standardOutput)")
            #expect(await harness.sandbox.createCount(reference: ids[1]) == 1, "the shipment is kept, not booked again")
            #expect(await mirakl.trackingUpdates(orderID: ids[1]) == 0, "a cancelled order is not confirmed")
            let order = try #require(try ordersView(harness)[ids[1]])
            #expect(order["internal_state"] == "TRACKED")
            let message = try #require(order["error_message"])
            #expect(message.contains("cancelled at Mirakl after booking — stop the parcel: TIPSA tracking"))
            #expect(message.contains(order["tracking_number"] ?? "?"))
            let warnings = try operations(harness).filter { $0["action"] == "cancelled_after_booking" }
            #expect(warnings.count == 1 && warnings.first?["status"] == "WARNING")
        }
    }

    @Test func anOrderCancelledBeforePostingIsNeverPosted() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            // The order is known from a file but TIPSA is not configured: it waits, queued, while Mirakl cancels it.
            let ids = await mirakl.addGeneratedOrders(count: 1, prefix: "EARLY")
            let withoutCarriers = try await harness.run(environment: ["TIPSA_URL": "", "ONTIME_URL": ""])
            #expect(
                try ordersView(harness)[ids[0]]?["internal_state"] == "PENDING_POST",
                "\(withoutCarriers.standardOutput)")
            await mirakl.cancel(orderID: ids[0])

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput)")
            #expect(await harness.sandbox.createCount(reference: ids[0]) == 0)
            #expect(try ordersView(harness)[ids[0]]?["internal_state"] == "SKIPPED")
        }
    }

    @Test(arguments: [
        (MiraklSimulator.ListBreakage.malformedJSON, "not JSON"), (.htmlPage, "not JSON"),
        (.wrongTotalCount, "total_count"), (.orderWithoutID, "no order_id"),
    ])
    func aBrokenOrderListWritesNothingAndKeepsTheWatermark(
        _ breakage: MiraklSimulator.ListBreakage, _ said: String
    ) async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            await mirakl.addGeneratedOrders(count: 150, prefix: "BROKEN")
            await mirakl.breakListAnswers(breakage)

            let broken = try await harness.run("fetch-orders")

            #expect(broken.exitCode == 1)
            #expect(broken.standardOutput.contains(said), "\(broken.standardOutput)")
            #expect(harness.root.files(under: "inbox").isEmpty, "nothing written, not even a temporary")
            #expect(try fetchWatermark(harness) == nil, "the watermark did not move")

            await mirakl.breakListAnswers(nil)
            let mended = try await harness.run("fetch-orders")
            #expect(mended.exitCode == 0, "\(mended.standardOutput)")
            #expect(mended.standardOutput.contains("150 order(s) fetched"))
            #expect(harness.root.files(under: "inbox").count == 1)
            #expect(try fetchWatermark(harness) != nil)
        }
    }

    @Test func anOrderWithABadAddressIsFetchedAndRejectedByIntakeNamingTheField() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            let good = await mirakl.addGeneratedOrders(count: 1, prefix: "GOOD")
            let address: [String: any Sendable] = [
                "lastname": "Pérez", "street_1": "Calle Mayor 1", "city": "Madrid", "country_iso_code": "ESP",
            ]
            let line: [String: any Sendable] = ["order_line_id": "NOZIP-1-A-1", "offer_sku": "SKU-1", "quantity": 1]
            let customer: [String: any Sendable] = ["shipping_address": address]
            await mirakl.addOrders([
                [
                    "order_id": "NOZIP-1-A", "order_state": "SHIPPING", "customer": customer, "order_lines": [line],
                ]
            ])

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 1, "\(outcome.standardOutput)")
            #expect(
                outcome.standardOutput.contains("2 fetched from Mirakl")
                    && outcome.standardOutput.contains("1 rejected"))
            let view = try ordersView(harness)
            #expect(view["NOZIP-1-A"]?["internal_state"] == "REJECTED")
            #expect(view["NOZIP-1-A"]?["error_message"]?.contains("zip_code") == true, "\(view["NOZIP-1-A"] ?? [:])")
            #expect(view[good[0]]?["internal_state"] == "MIRAKL_OK")
            #expect(await mirakl.trackingUpdates(orderID: "NOZIP-1-A") == 0)
            #expect(harness.root.csvFiles(under: "outbox/rejects").count == 1)
        }
    }

    @Test func aFetchIsTakenInTheSamePassWhateverTheSettleTimeAndDoneMarkers() async throws {
        let settings = Settings.forMiraklTests.with { settings in
            settings.intake.settleSeconds = 600
            settings.intake.requiresDoneMarker = true
        }
        try await Harness.with(mirakl: .init(), settings: settings) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            let ids = await mirakl.addGeneratedOrders(count: 2, prefix: "SETTLED")
            try harness.root.drop("dropped.csv", ExportGenerator(orderPrefix: "WAITS").export(orders: 0..<1))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput)")
            for id in ids {
                #expect(await mirakl.shipConfirmations(orderID: id) == 1, "\(id) taken in the pass that fetched it")
            }
            #expect(harness.root.files(under: "inbox") == ["dropped.csv"], "a dropped file still waits for both")
        }
    }

    @Test func runsFetchNoMoreOftenThanTheInterval() async throws {
        try await Harness.with(mirakl: .init(), settings: .forTests.with { $0.mirakl.fetchIntervalSeconds = 300 }) {
            harness in
            let mirakl = try #require(harness.sandbox.mirakl)

            let first = try await harness.run()
            await mirakl.addGeneratedOrders(count: 2, prefix: "LATER")
            let second = try await harness.run()
            let forced = try await harness.run("fetch-orders")

            #expect(first.exitCode == 0 && second.exitCode == 0)
            #expect(await mirakl.listCalls() == 2, "the second run did not fetch; fetch-orders did")
            #expect(forced.standardOutput.contains("2 order(s) fetched"), "\(forced.standardOutput)")
        }
    }

    @Test func nothingNewWritesNoFileAndTheNextFetchBringsWhatChangedSince() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)

            let empty = try await harness.run("fetch-orders")
            let ids = await mirakl.addGeneratedOrders(count: 3, prefix: "NEW")
            let fetched = try await harness.run("fetch-orders")

            #expect(empty.exitCode == 0 && empty.standardOutput.contains("no order changed"))
            #expect(fetched.standardOutput.contains("3 order(s) fetched"), "\(fetched.standardOutput)")
            let files = harness.root.files(under: "inbox")
            #expect(files.count == 1 && files[0].hasPrefix("mirakl-2001-") && files[0].hasSuffix(".json"))
            let export = try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: harness.root.layout.inbox + "/" + files[0])))
            let orders = (export as? [String: Any])?["orders"] as? [[String: Any]]
            #expect(orders?.compactMap { $0["order_id"] as? String } == ids)
        }
    }

    @Test func aWrongAPIKeyIsSaidOnceAndNothingReachesMirakl() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "KEY").export(orders: 0..<3))

            let outcome = try await harness.run(environment: ["MIRAKL_API_KEY": "not-the-key"])

            #expect(outcome.exitCode == 1)
            let said = outcome.standardOutput.components(separatedBy: "refused the API key").count - 1
            #expect(said == 1, "\(outcome.standardOutput)")
            #expect(!outcome.standardOutput.contains("not-the-key") && !outcome.standardError.contains("not-the-key"))
            #expect(try !harness.root.read("outbox/operations.csv").contains("not-the-key"))
            #expect(try !harness.root.read("logs/orchestrator.log").contains("not-the-key"))
            #expect(await mirakl.trackingUpdates(orderID: "KEY-0") == 0)
            #expect(try ordersView(harness)["KEY-0"]?["internal_state"] == "TRACKED", "posting itself goes on")
        }
    }

    @Test func aPartlyConfiguredOrMissingMiraklIsAConfigurationError() async throws {
        try await Harness.with(settings: .forMiraklTests) { harness in

            let outcome = try await harness.run(environment: ["MIRAKL_URL": "http://127.0.0.1:9"])

            let fetchWithout = try await harness.run("fetch-orders")
            let pushWithout = try await harness.run("push-tracking")

            #expect(outcome.exitCode == 2)
            #expect(outcome.standardError.contains("MIRAKL_API_KEY"), "\(outcome.standardError)")
            #expect(fetchWithout.exitCode == 2 && pushWithout.exitCode == 2)
            #expect(pushWithout.standardError.contains("Mirakl is not configured"), "\(pushWithout.standardError)")
        }
    }

    @Test func aStormOfTooManyRequestsPushesEveryOrderAndNoCallComesBeforeRetryAfter() async throws {
        let storm = SimulatorBehaviour(faultRate: 0.2, faults: [.tooManyRequests(retryAfterSeconds: 1)])
        try await Harness.with(
            mirakl: storm, settings: .forMiraklTests.with { $0.mirakl.retryAttempts = 30 }
        ) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            let ids = await mirakl.addGeneratedOrders(count: 30, prefix: "STORM")

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput)")
            for id in ids {
                #expect(await mirakl.shipConfirmations(orderID: id) == 1, "\(id)")
                #expect(await mirakl.trackingUpdates(orderID: id) == 1, "\(id)")
            }
            #expect(await mirakl.retryAfterViolations() == 0)
        }
    }

    @Test func aMiraklOutageFailsNoOrderAndTheNextRunConfirmsThem() async throws {
        try await Harness.with(
            mirakl: SimulatorBehaviour(faultRate: 1, faults: [.http503]), settings: .forMiraklTests
        ) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "DOWN").export(orders: 0..<4))

            let down = try await harness.run()
            #expect(down.exitCode == 1)
            #expect(try ordersView(harness).values.allSatisfy { $0["internal_state"] == "TRACKED" })
            let healthy = try await MiraklSimulator.start(
                options: .init(adoptsUnknownOrders: true), logger: .init(label: "test.mirakl.healthy"))
            let back = try await harness.run("push-tracking", environment: healthy.environment)
            await healthy.stop()

            #expect(back.exitCode == 0, "\(back.standardOutput)")
            #expect(back.standardOutput.contains("4 order(s) confirmed"))
            #expect(try ordersView(harness).values.allSatisfy { $0["internal_state"] == "MIRAKL_OK" })
        }
    }

    @Test func aConfirmationWhoseAnswerWasLostIsAdoptedNotFailed() async throws {
        // A quarter of the calls are carried out, then their connection dropped before the answer.
        try await Harness.with(
            mirakl: SimulatorBehaviour(faultRate: 0.25, faults: [.acceptThenDrop]),
            settings: .forMiraklTests.with { $0.mirakl.retryAttempts = 10 }
        ) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            let ids = await mirakl.addGeneratedOrders(count: 10, prefix: "LOST")

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput)")
            for id in ids {
                #expect(await mirakl.shipConfirmations(orderID: id) == 1, "\(id)")
                #expect(await harness.sandbox.createCount(reference: id) == 1)
            }
            #expect(try ordersView(harness).values.allSatisfy { $0["internal_state"] == "MIRAKL_OK" })
        }
    }

    @Test func anOrderMiraklRefusesFailsWithMiraklsWordsAndRetryPutsItBack() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            // A file brings an order this Mirakl does not know: OR23 is refused (404) and a look-up does not find it.
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "UNKNOWN").export(orders: 0..<1))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 1, "\(outcome.standardOutput)")
            #expect(outcome.standardOutput.contains("1 refused by Mirakl"))
            let order = try #require(try ordersView(harness)["UNKNOWN-0"])
            #expect(order["internal_state"] == "FAILED_PUSH")
            #expect(order["error_message"]?.contains("HTTP 404") == true, "\(order)")
            #expect(order["error_message"]?.contains("\"message\"") == true, "Mirakl's own body, verbatim: \(order)")
            #expect(
                try operations(harness).contains {
                    $0["scope"] == "mirakl" && $0["status"] == "ERROR" && $0["order_id"] == "UNKNOWN-0"
                })

            await mirakl.addOrders([["order_id": "UNKNOWN-0", "order_state": "SHIPPING"]])
            let retry = try await harness.run("retry", ["--all-failed"])
            let pushed = try await harness.run("push-tracking")
            #expect(retry.exitCode == 0 && pushed.exitCode == 0, "\(pushed.standardOutput)")
            #expect(try ordersView(harness)["UNKNOWN-0"]?["internal_state"] == "MIRAKL_OK")
            #expect(await mirakl.shipConfirmations(orderID: "UNKNOWN-0") == 1)
        }
    }

    @Test func aRefusedOrderWhoseLookUpFailsStaysTrackedForTheNextRun() async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            // Mirakl refuses the order (it does not know it), then cannot answer the look-up that would tell why.
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "LOOKUP").export(orders: 0..<1))
            await mirakl.breakListAnswers(.malformedJSON)

            let posted = try await harness.run()

            #expect(posted.exitCode == 1, "\(posted.standardOutput)")
            #expect(posted.standardOutput.contains("look-up of 1 refused order(s) failed"), "\(posted.standardOutput)")
            #expect(try ordersView(harness)["LOOKUP-0"]?["internal_state"] == "TRACKED")
            #expect(
                try operations(harness).contains {
                    $0["action"] == "push_tracking" && $0["status"] == "ERROR"
                        && $0["message"]?.contains("look-up") == true
                })
        }
    }

    @Test(arguments: [CrashPoint.duringFetch, .afterFetchWritten, .afterTrackingSent, .afterShipmentConfirmed])
    func aKilledFetchOrPushIsCompletedWithNoCallRepeatedAfterItsSuccessWasCommitted(_ point: CrashPoint) async throws {
        try await Harness.with(mirakl: .init(), settings: .forMiraklTests) { harness in
            let mirakl = try #require(harness.sandbox.mirakl)
            let ids = await mirakl.addGeneratedOrders(count: 120, prefix: "KILL")
            // The second page of the fetch; the fetch's file, once per run; in a push, the third order's call.
            let occurrence = [CrashPoint.duringFetch: 2, .afterFetchWritten: 1][point] ?? 3

            let killed = try await harness.run(environment: ["ORCHESTRATOR_CRASH_AT": "\(point.rawValue):\(occurrence)"]
            )
            let committed = try trackingCommitted(harness)
            var callsBefore: [String: (tracking: Int, ship: Int)] = [:]
            for id in ids {
                callsBefore[id] = (
                    await mirakl.trackingUpdates(orderID: id), await mirakl.shipConfirmations(orderID: id)
                )
            }
            let afterRestart = try await harness.run()

            #expect(killed.wasSignalled, "killed at \(point.rawValue)")
            #expect(point.rawValue.contains("fetch") || !committed.isEmpty, "the kill came after a committed OR23")
            #expect(afterRestart.exitCode == 0, "\(afterRestart.standardOutput) \(afterRestart.standardError)")
            for id in ids {
                #expect(await harness.sandbox.createCount(reference: id) == 1, "\(id)")
                #expect(await mirakl.trackingUpdates(orderID: id) >= 1, "\(id)")
                #expect(await mirakl.shipConfirmations(orderID: id) == 1, "\(id): confirmed once")
                if committed.contains(id) {
                    #expect(
                        await mirakl.trackingUpdates(orderID: id) == callsBefore[id]?.tracking,
                        "\(id): OR23 not repeated")
                }
            }
            #expect(try ordersView(harness).values.allSatisfy { $0["internal_state"] == "MIRAKL_OK" })
            #expect(harness.root.files(under: "inbox").isEmpty, "no half-written fetch left behind")
            if point == .afterShipmentConfirmed {
                let adopted = try operations(harness).filter {
                    $0["message"]?.contains("an earlier confirmation got through") == true
                }
                #expect(!adopted.isEmpty, "the confirmation the kill cut off was found at Mirakl, not failed")
            }
        }
    }

    // MARK: - Reading what the run left

    private func ordersView(_ harness: Harness) throws -> [String: [String: String]] {
        let records = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
        return Dictionary(records.map { ($0["order_id"] ?? "", $0) }) { _, last in last }
    }

    private func operations(_ harness: Harness) throws -> [[String: String]] {
        CSVRows.records(try harness.rows("outbox/operations.csv"))
    }

    /// The orders whose OR23 the ledger has committed.
    private func trackingCommitted(_ harness: Harness) throws -> Set<String> {
        try Ledger(harness.root.ledgerLocation).read("read the orders") { db in
            Set(
                try db.rows(#"SELECT order_id FROM "order" WHERE mirakl_tracking_updated IS NOT NULL"#).map {
                    try $0[0] as String
                })
        }
    }

    private func fetchWatermark(_ harness: Harness) throws -> String? {
        try Ledger(harness.root.ledgerLocation).read("read the fetch mark") { db in
            try db.value("SELECT updated_since FROM mirakl_fetch")
        }
    }
}
