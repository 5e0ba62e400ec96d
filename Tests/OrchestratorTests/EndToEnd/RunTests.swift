import Foundation
import OrchestratorTesting
import Outbox
import Testing

/// `orchestrator run` on real files, a real ledger and the TIPSA simulator over loopback.
@Suite struct RunTests {
    @Test func shipsEveryValidOrderOnceWithLabelTrackingAndArchive() async throws {
        try await Harness.with { harness in
            try harness.root.drop(SampleFiles.csvExport, try SampleFiles.data(SampleFiles.csvExport))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 1, "one order of the sample is invalid: \(outcome.standardError)")
            for orderID in SampleFiles.csvShippableOrders {
                #expect(await harness.sandbox.createCount(reference: orderID) == 1, "\(orderID)")
            }
            #expect(await harness.sandbox.totalCreates() == SampleFiles.csvShippableOrders.count)

            let tracking = harness.root.files(under: "outbox/tracking")
            try #require(tracking.count == 1)
            let trackingRows = CSVRows.records(try harness.rows("outbox/tracking/" + tracking[0]))
            #expect(Set(trackingRows.map { $0["order_id"] ?? "" }) == Set(SampleFiles.csvShippableOrders))
            #expect(try harness.rows("outbox/tracking/" + tracking[0]).first == TrackingFile.columns)

            // Under 1 kg in Spain or Portugal goes to OnTime, the rest to TIPSA.
            #expect(harness.root.files(under: "outbox/labels/ontime").count == 2)
            #expect(harness.root.files(under: "outbox/labels/tipsa").count == 2)
            for row in CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            where SampleFiles.csvShippableOrders.contains(row["order_id"] ?? "") {
                let label = try Data(
                    contentsOf: URL(fileURLWithPath: harness.root.layout.path(row["label_path"] ?? "")))
                #expect(label.starts(with: Data("%PDF".utf8)))
                #expect(row["label_path"]?.hasSuffix("/\(row["tracking_number"] ?? "").pdf") == true)
            }
            #expect(Set(trackingRows.map { $0["carrier_code"] ?? "" }) == ["ONTIME", "TIPSA"])

            #expect(harness.root.files(under: "inbox").filter { !$0.hasPrefix(".") }.isEmpty)
            let archived = harness.root.files(under: "archive")
            let day = try #require(archived.first { $0.hasSuffix(SampleFiles.csvExport) })
            #expect(archived.contains(day + ".sha256"))
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: harness.root.layout.path("archive/" + day)))
                    == SampleFiles.data(SampleFiles.csvExport))
            let check = try Shell.run(
                "cd '\(harness.root.layout.path("archive/" + (day as NSString).deletingLastPathComponent))' && sha256sum -c '\(SampleFiles.csvExport).sha256'"
            )
            #expect(check.status == 0, "\(check.output)")

            #expect(try harness.rows("outbox/operations.csv").first == OperationsLog.columns)
            let view = try harness.rows("outbox/orders_view.csv")
            #expect(view.first == OrdersView.columns)
            let states = Dictionary(
                uniqueKeysWithValues: CSVRows.records(view).map { ($0["order_id"] ?? "", $0["internal_state"] ?? "") })
            #expect(states["MKP-100231-A"] == "TRACKED")
            #expect(states["MKP-100234-A"] == "SKIPPED")
            #expect(states["MKP-100236-A"] == "REJECTED")

            let rejects = harness.root.csvFiles(under: "outbox/rejects")
            try #require(rejects.count == 1)
            let rejectRows = CSVRows.records(try harness.rows("outbox/rejects/" + rejects[0]))
            #expect(rejectRows.allSatisfy { $0["order_id"] == "MKP-100236-A" && $0["line"] == "9" })
            #expect(Set(rejectRows.map { $0["field"] ?? "" }) == ["quantity", "customer.shipping_address.zip_code"])

            let results = harness.root.csvFiles(under: "outbox/results")
            try #require(results.count == 1)
            let outcomes = CSVRows.records(try harness.rows("outbox/results/" + results[0]))
            #expect(outcomes.count == 6)
            #expect(outcomes.first { $0["order_id"] == "MKP-100231-A" }?["state"] == "TRACKED")
        }
    }

    @Test func redropOfTheSameFileIsSetAsideAndShipsNothing() async throws {
        try await Harness.with { harness in
            let export = try SampleFiles.data(SampleFiles.csvExport)
            try harness.root.drop("first.csv", export)
            try await harness.run()
            try harness.root.drop("again.csv", export)

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(harness.root.files(under: "archive/duplicates").contains { $0.hasSuffix("again.csv") })
            #expect(await harness.sandbox.totalCreates() == SampleFiles.csvShippableOrders.count)
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
        }
    }

    @Test func ordersAlreadyPostedInAnEarlierFileAreNotPostedAgain() async throws {
        try await Harness.with { harness in
            try harness.root.drop("monday.csv", try SampleFiles.data(SampleFiles.csvExport))
            try await harness.run()
            // The next export still lists an order in SHIPPING (Mirakl has not heard of the shipment yet).
            let overlap =
                String(decoding: try SampleFiles.data(SampleFiles.csvExport), as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false).prefix(2).joined(separator: "\n") + "\n"
            try harness.root.drop("tuesday.csv", overlap)

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0)
            #expect(await harness.sandbox.createCount(reference: "MKP-100231-A") == 1)
            let results = harness.root.csvFiles(under: "outbox/results").filter { $0.hasSuffix("tuesday.results.csv") }
            try #require(results.count == 1)
            let rows = CSVRows.records(try harness.rows("outbox/results/" + results[0]))
            #expect(rows.map { $0["outcome"] } == ["already posted"])
        }
    }

    @Test func ofTwoExportsWaitingInTheInboxTheNewerOnesVersionOfAnOrderIsShipped() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "NEWER")
            let older = try harness.root.drop("monday.csv", generator.export(orders: 0..<300))
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: older)
            // Order 0 moved across Madrid in the meantime.
            let moved = generator.export(orders: 0..<1).replacingOccurrences(
                of: ";28009;Madrid;", with: ";28013;Madrid;")
            try harness.root.drop("tuesday.csv", moved)

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(await harness.sandbox.createCount(reference: generator.orderID(0)) == 1)
            #expect(await harness.sandbox.totalCreates() == 300)
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            let order = try #require(view.first { $0["order_id"] == generator.orderID(0) })
            #expect(order["consignee_postal_code"] == "28013")
            #expect(order["source_file"] == "tuesday.csv")
            #expect(order["internal_state"] == "TRACKED")
        }
    }

    @Test func whenTheLastFileCannotBeTakenTheOrdersQueuedBeforeItWaitForTheNextRun() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "WAIT")
            // Without TIPSA, its orders of Monday's file stay queued.
            try harness.root.drop("monday.csv", generator.export(orders: 0..<20))
            try await harness.run(environment: ["TIPSA_URL": ""])
            var waiting: [String] = []
            for orderID in (0..<20).map(generator.orderID)
            where await harness.sandbox.createCount(reference: orderID) == 0 {
                waiting.append(orderID)
            }
            try #require(!waiting.isEmpty && waiting.count < 20, "both carriers have orders in Monday's file")
            // Tuesday's file is recorded, but cannot move to the archive: a file stands where today's folder belongs.
            let today = harness.root.layout.archiveFolder(.processed, day: Date())
            try FileManager.default.moveItem(atPath: today, toPath: today + ".aside")
            FileManager.default.createFile(atPath: today, contents: Data())
            try harness.root.drop("tuesday.csv", generator.export(orders: 20..<40))

            let failed = try await harness.run()

            #expect(failed.exitCode == 4, "\(failed.standardOutput) \(failed.standardError)")
            for orderID in waiting {
                #expect(
                    await harness.sandbox.createCount(reference: orderID) == 0, "\(orderID) waits for Tuesday's file")
            }

            try FileManager.default.removeItem(atPath: today)
            try FileManager.default.moveItem(atPath: today + ".aside", toPath: today)
            let next = try await harness.run()

            #expect(next.exitCode == 0, "\(next.standardOutput) \(next.standardError)")
            for index in 0..<40 {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1, "order \(index)")
            }
        }
    }

    @Test func aLaterFileWithTheSameNameNeverOverwritesTheArchivedOne() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "SAME")
            let first = generator.export(orders: 0..<1)
            let second = generator.export(orders: 1..<2)
            try harness.root.drop("daily.csv", first)
            try await harness.run()
            try harness.root.drop("daily.csv", second)

            try await harness.run()

            let archived = harness.root.files(under: "archive").filter { !$0.hasSuffix(".sha256") }
            #expect(archived.count == 2)
            let contents = try Set(archived.map { try harness.root.read("archive/" + $0) })
            #expect(contents == [first, second])
            for file in archived {
                let folder = harness.root.layout.path("archive/" + (file as NSString).deletingLastPathComponent)
                let name = (file as NSString).lastPathComponent
                #expect(try Shell.run("cd '\(folder)' && sha256sum -c '\(name).sha256'").status == 0)
            }
        }
    }

    @Test func jsonSamplesShipTheOrdersInShipping() async throws {
        try await Harness.with { harness in
            for name in [
                "or11_order_SHIPPING_2lines_with_taxes.json", "or11_response_SHIPPING_with_refunds.json",
                "or11_order_RECEIVED_with_tracking.json",
            ] {
                try harness.root.drop(name, try SampleFiles.data(name))
            }

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(await harness.sandbox.createCount(reference: "000000086-A") == 1)
            #expect(await harness.sandbox.createCount(reference: "1234561-A") == 1)
            #expect(await harness.sandbox.createCount(reference: "DKFSLFKZ-SDF993-A") == 0)
        }
    }

    @Test(.enabled(if: !TestLedger.isPostgres, "on PostgreSQL a second run joins the work: WorkSharingTests"))
    func aSecondRunWhileOneHoldsTheLockExitsThreeAtOnce() async throws {
        try await Harness.with { harness in
            let watcher = try harness.start("watch")
            defer { watcher.signal(SIGKILL) }
            try await waitUntil {
                FileManager.default.fileExists(atPath: harness.root.layout.path("outbox/orders_view.csv"))
            }

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 3)
            #expect(outcome.standardError.contains("another run holds the lock"))
        }
    }

    @Test func carrierNotConfiguredKeepsItsOrdersQueuedAndExitsOne() async throws {
        try await Harness.with { harness in
            try harness.root.drop(SampleFiles.csvExport, try SampleFiles.data(SampleFiles.csvExport))

            let outcome = try await harness.run(environment: ["TIPSA_URL": ""])

            #expect(outcome.exitCode == 1)
            #expect(
                outcome.standardOutput.contains("tipsa unavailable: not configured: set TIPSA_URL"),
                "\(outcome.standardOutput)")
            #expect(await harness.sandbox.tipsa.totalCreates() == 0)
            let states = Dictionary(
                uniqueKeysWithValues: CSVRows.records(try harness.rows("outbox/orders_view.csv"))
                    .map { ($0["order_id"] ?? "", $0["internal_state"] ?? "") })
            #expect(states["MKP-100232-A"] == "PENDING_POST", "TIPSA's orders wait")
            #expect(states["MKP-100231-A"] == "TRACKED", "OnTime's orders ship")
        }
    }

    @Test func wrongPasswordFailsNoOrder() async throws {
        try await Harness.with { harness in
            try harness.root.drop(SampleFiles.csvExport, try SampleFiles.data(SampleFiles.csvExport))

            let outcome = try await harness.run("run", ["--verbose"], environment: ["TIPSA_PASSWORD": "wrong"])

            #expect(outcome.exitCode == 1)
            #expect(outcome.standardOutput.contains("tipsa unavailable"), "\(outcome.standardOutput)")
            // TIPSA rate-limits logins: the session opened while the file is read is the one attempt of the run.
            #expect(harness.sandbox.tipsa.totalCalls == 1)
            #expect(!outcome.standardOutput.contains("wrong"), "a secret never appears in output")
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            #expect(view.filter { $0["internal_state"] == "FAILED_POST" }.isEmpty)
            #expect(try !harness.root.read("outbox/operations.csv").contains("wrong"))
            #expect(try !harness.root.read("logs/orchestrator.log").contains("wrong"))
            #expect(!outcome.standardError.contains("wrong"))
        }
    }
}

/// Polls `condition` for up to `seconds`.
func waitUntil(seconds: Double = 20, _ condition: () async -> Bool) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while await !condition() {
        guard Date() < deadline else {
            Issue.record("condition not met within \(seconds) s")
            return
        }
        try await Task.sleep(for: .milliseconds(50))
    }
}
