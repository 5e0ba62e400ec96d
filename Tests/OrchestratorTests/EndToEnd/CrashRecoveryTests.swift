import Foundation
import OrchestratorTesting
import Pipeline
import Simulators
import Testing

/// A run killed with SIGKILL at each crash point, then run again, loses no input and ships no order twice.
@Suite struct CrashRecoveryTests {
    static let orders = 12

    /// The points a run without Mirakl reaches; the Mirakl ones are tested in `MiraklRoundTripTests`.
    static let filePoints = CrashPoint.allCases.filter { !$0.rawValue.hasPrefix("mirakl.") }

    @Test(arguments: filePoints)
    func killedRunResumesWithoutLossOrDuplicate(at point: CrashPoint) async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "CRASH")
            try harness.root.drop("export.csv", generator.export(orders: 0..<Self.orders))

            // Mid-file for parsing, after a few shipments for posting; the other points are reached once per run.
            let occurrence = [CrashPoint.duringParsing: 5, .afterCreate: 3][point] ?? 1
            let killed = try await harness.run(environment: ["ORCHESTRATOR_CRASH_AT": "\(point.rawValue):\(occurrence)"]
            )
            let afterRestart = try await harness.run()

            #expect(killed.wasSignalled && killed.exitCode == SIGKILL, "the run was killed at \(point.rawValue)")
            #expect(afterRestart.exitCode == 0, "\(afterRestart.standardOutput) \(afterRestart.standardError)")
            for index in 0..<Self.orders {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1, "order \(index)")
            }
            try expectNothingLostOrHalfWritten(harness, inputName: "export.csv")
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.count == Self.orders, "every order's tracking row written exactly once")
            #expect(Set(tracked).count == tracked.count)
        }
    }

    @Test func aFileAKilledRunWasReadingIsTakenFirstByTheNextAndACopyDroppedMeanwhileIsADuplicate() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "CLAIMED")
            let export = generator.export(orders: 0..<6)
            try harness.root.drop("export.csv", export)
            let killed = try await harness.run(environment: [
                "ORCHESTRATOR_CRASH_AT": "\(CrashPoint.duringParsing.rawValue):3"
            ])
            let inboxAfterKill = harness.root.files(under: "inbox")
            let claimedAfterKill = harness.root.files(under: "archive/.taking")
            // The SFTP client, finding its file gone, sends it again under another name.
            try harness.root.drop("sent-again.csv", export)

            let afterRestart = try await harness.run()

            #expect(killed.wasSignalled)
            // In the killed worker's own folder under archive/.taking/ when workers share a PostgreSQL ledger.
            #expect(
                inboxAfterKill.isEmpty && claimedAfterKill.map { ($0 as NSString).lastPathComponent } == ["export.csv"],
                "claimed before it was read")
            #expect(afterRestart.exitCode == 0, "\(afterRestart.standardOutput)")
            #expect(harness.root.files(under: "archive/duplicates").contains { $0.hasSuffix("/sent-again.csv") })
            for index in 0..<6 {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1)
            }
            try expectNothingLostOrHalfWritten(harness, inputName: "export.csv")
        }
    }

    @Test func twentyFourKillsAtRandomMomentsAcrossBothCarriersThenACleanFinish() async throws {
        let slow = SimulatorBehaviour(latency: .milliseconds(10), latencyJitter: .milliseconds(20))
        try await Harness.with(tipsa: slow, ontime: slow) { harness in
            let generator = ExportGenerator(orderPrefix: "LOOP")

            // Each run finds a new export beside what the killed runs left, so that there is work for the kill to cut.
            var moments: [Int] = []
            var killedWhileRunning = 0
            for round in 0..<24 {
                try harness.root.drop("loop-\(round).csv", generator.export(orders: round * 30..<(round + 1) * 30))
                let running = try harness.start("run")
                moments.append(Int.random(in: 20...300))
                try await Task.sleep(for: .milliseconds(moments.last ?? 0))
                running.signal(SIGKILL)
                if await running.wait().wasSignalled { killedWhileRunning += 1 }
            }
            let finish = try await harness.run()

            // A kill that came after the run had ended proves nothing: at least half must have cut a run short.
            #expect(
                killedWhileRunning >= 12, "only \(killedWhileRunning) of 24 kills cut a run short (after \(moments) ms)"
            )
            #expect(
                finish.exitCode == 0, "killed after \(moments) ms: \(finish.standardOutput) \(finish.standardError)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "killed after \(moments) ms")
            #expect(await harness.sandbox.tipsa.totalCreates() > 0)
            #expect(await harness.sandbox.ontime.totalCreates() > 0)
            for index in 0..<720 {
                let creates = await harness.sandbox.createCount(reference: generator.orderID(index))
                #expect(creates == 1, "order \(index): \(creates) creates; killed after \(moments) ms")
            }
            for round in 0..<24 { try expectNothingLostOrHalfWritten(harness, inputName: "loop-\(round).csv") }
            #expect(
                try harness.trackedOrderIDs().sorted() == (0..<720).map(generator.orderID).sorted(),
                "every order tracked once")
        }
    }

    @Test func aRunKilledBetweenPagesOfOrdersRecordsTheRestOnceAndCountsThemAll() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "PAGES")
            try harness.root.drop("export.csv", generator.export(orders: 0..<300))

            // Two pages of orders recorded (and perhaps some of them posted), the third not.
            let killed = try await harness.run(environment: [
                "ORCHESTRATOR_CRASH_AT": "\(CrashPoint.betweenOrderPages.rawValue):2"
            ])
            let afterRestart = try await harness.run()

            #expect(killed.wasSignalled)
            #expect(afterRestart.exitCode == 0, "\(afterRestart.standardOutput) \(afterRestart.standardError)")
            #expect(afterRestart.standardOutput.contains("300 accepted"), "\(afterRestart.standardOutput)")
            for index in 0..<300 {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1, "order \(index)")
            }
            let results = harness.root.csvFiles(under: "outbox/results")
            try #require(results.count == 1)
            let outcomes = CSVRows.records(try harness.rows("outbox/results/" + results[0]))
            #expect(outcomes.map { $0["order_id"] ?? "" }.sorted() == (0..<300).map(generator.orderID).sorted())
            #expect(outcomes.allSatisfy { $0["outcome"] == "accepted" && $0["state"] == "TRACKED" })
            #expect(harness.root.csvFiles(under: "outbox/rejects").isEmpty)
            try expectNothingLostOrHalfWritten(harness, inputName: "export.csv")
            #expect(try harness.trackedOrderIDs().sorted() == (0..<300).map(generator.orderID).sorted())
        }
    }

    @Test func killedAtTheFirstBookingOfALargeFileLosesNothing() async throws {
        try await Harness.with { harness in
            let generator = ExportGenerator(orderPrefix: "LIVE")
            try harness.root.drop("export.csv", generator.export(orders: 0..<1000))

            // Killed at the first booking: the other 999 orders are recorded and queued, one create may be out.
            let killed = try await harness.run(environment: [
                "ORCHESTRATOR_CRASH_AT": "\(CrashPoint.afterCreate.rawValue):1"
            ])

            #expect(killed.wasSignalled)
            let afterRestart = try await harness.run()

            #expect(afterRestart.exitCode == 0, "\(afterRestart.standardOutput) \(afterRestart.standardError)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
            #expect(await harness.sandbox.totalCreates() == 1000)
            try expectNothingLostOrHalfWritten(harness, inputName: "export.csv")
            #expect(try harness.trackedOrderIDs().sorted() == (0..<1000).map(generator.orderID).sorted())
        }
    }

    @Test func ordersWhoseLinesAreScatteredAreRecordedWholeByARunKilledAfterReadingTheFile() async throws {
        let generator = ExportGenerator(orderPrefix: "APART")
        let orders = 0..<30
        // The orders with two lines (every third) get their second line moved to the end of the file.
        let split = orders.map { generator.lines(ofOrder: $0).split(separator: "\n").map { $0 + "\n" } }
        let scattered =
            ExportGenerator.header + split.map { $0[0] }.joined()
            + split.filter { $0.count == 2 }.map { $0[1] }.joined()

        func amounts(_ harness: Harness) throws -> [String] {
            CSVRows.records(try harness.rows("outbox/orders_view.csv")).map { row in
                ["order_id", "packages", "weight_kg", "total_amount"].map { row[$0] ?? "" }.joined(separator: " ")
            }.sorted()
        }
        let whole = try await Harness.with { harness in
            try harness.root.drop("export.csv", generator.export(orders: orders))
            #expect(try await harness.run().exitCode == 0)
            return try amounts(harness)
        }
        try await Harness.with { harness in
            try harness.root.drop("export.csv", scattered)
            let killed = try await harness.run(environment: [
                "ORCHESTRATOR_CRASH_AT": CrashPoint.afterReading.rawValue
            ])
            let afterRestart = try await harness.run()

            #expect(killed.wasSignalled)
            #expect(afterRestart.exitCode == 0, "\(afterRestart.standardOutput) \(afterRestart.standardError)")
            #expect(try amounts(harness) == whole, "every order as if its lines had been together")
            #expect(whole.count == orders.count)
            for index in orders {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1, "order \(index)")
            }
            let results = harness.root.csvFiles(under: "outbox/results")
            try #require(results.count == 1)
            let outcomes = CSVRows.records(try harness.rows("outbox/results/" + results[0]))
            #expect(outcomes.count == orders.count, "one result per order, not per group of lines")
            try expectNothingLostOrHalfWritten(harness, inputName: "export.csv")
        }
    }

    private func expectNothingLostOrHalfWritten(_ harness: Harness, inputName: String) throws {
        let archived = harness.root.files(under: "archive").filter { $0.hasSuffix("/" + inputName) }
        #expect(archived.count == 1, "the input is in exactly one archive folder: \(archived)")
        #expect(!archived.contains { $0.hasPrefix("failed/") || $0.hasPrefix("duplicates/") })
        #expect(harness.root.files(under: "inbox").filter { !$0.hasPrefix(".") }.isEmpty)
        #expect(harness.root.files(under: "archive/.taking").isEmpty, "no file left claimed")
        let everything = harness.root.files(under: "outbox") + harness.root.files(under: "archive")
        #expect(everything.filter { $0.contains(".orchestrator-tmp-") }.isEmpty, "no temporary left behind")
    }
}
