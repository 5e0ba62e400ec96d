import Foundation
import OrchestratorTesting
import Pipeline
import Settings
import Simulators
import Testing

@testable import Ledger

/// `orchestrator health` as a monitor runs it: one line per check, exit 0 healthy, 1 degraded, 2 configuration.
@Suite struct HealthTests {
    private func problems(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("PROBLEM") }.map(String.init)
    }

    @Test func aRootThatShippedEverythingIsHealthyInTextAndJSON() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "HEALTHY").export(orders: 0..<3))
            #expect(try await harness.run().exitCode == 0)

            let text = try await harness.run("health")
            let json = try await harness.run("health", ["--format", "json", "--min-free-mb", "1"])

            #expect(text.exitCode == 0, "\(text.standardOutput)")
            #expect(text.standardOutput.hasPrefix("healthy\n"))
            // Workers sharing a PostgreSQL ledger take no lock: `health` lists them instead.
            let lock = TestLedger.isPostgres ? "workers" : "lock"
            for check in ["folders", "disk", "ledger", lock, "last run", "inbox", "orders", "ontime", "tipsa"] {
                #expect(text.standardOutput.contains("OK       \(check): "), "\(check): \(text.standardOutput)")
            }
            #expect(text.standardOutput.contains("last run: finished "))
            let document = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            #expect(document?["status"] as? String == "healthy")
            #expect((document?["checks"] as? [[String: Any]])?.allSatisfy { $0["ok"] as? Bool == true } == true)
        }
    }

    @Test func eachProblemIsALineThatSaysWhatToDo() async throws {
        let refusing = SimulatorBehaviour(faultRate: 1, faults: [.carrierPermanent])
        let settings = Settings.forTests.routingEverything(to: "tipsa", service: "48")
        try await Harness.with(tipsa: refusing, settings: settings) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "SICK").export(orders: 0..<2))
            #expect(try await harness.run().exitCode == 1, "both orders refused: FAILED_POST")
            // A file nobody takes, and an export that has waited two hours.
            try harness.root.drop("notes.txt", "not an export")
            let waiting = try harness.root.drop("late.csv", ExportGenerator(orderPrefix: "LATE").export(orders: 0..<1))
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: waiting)

            let outcome = try await harness.run("health", ["--min-free-mb", "100000000"])

            #expect(outcome.exitCode == 1)
            #expect(outcome.standardOutput.hasPrefix("degraded: 5 problem(s)\n"), "\(outcome.standardOutput)")
            let problems = problems(outcome.standardOutput)
            #expect(problems.contains { $0.contains("disk: ") && $0.contains("free space before it fills") })
            #expect(problems.contains { $0.contains("1 file(s) waiting, the oldest for 120 min") })
            #expect(problems.contains { $0.contains("will never be taken") && $0.contains("notes.txt") })
            #expect(problems.contains { $0.contains("2 FAILED_POST") && $0.contains("orchestrator retry") })
            #expect(problems.contains { $0.contains("tipsa: answered, but refused a look-up") })
        }
    }

    @Test func anEndpointThatRefusesTheCredentialsOrDoesNotAnswerIsSaidWithoutTheSecret() async throws {
        try await Harness.with { harness in
            let refused = try await harness.run(
                "health", environment: ["TIPSA_PASSWORD": "wrong-secret-8841", "ONTIME_URL": "http://127.0.0.1:1"])

            #expect(refused.exitCode == 1)
            let problems = problems(refused.standardOutput)
            #expect(
                problems.contains { $0.contains("tipsa: ") && $0.contains("check its URL and credentials") },
                "\(refused.standardOutput)")
            #expect(
                problems.contains { $0.contains("ontime: ") && $0.contains("is it up?") }, "\(refused.standardOutput)")
            #expect(!(refused.standardOutput + refused.standardError).contains("wrong-secret-8841"))
        }
    }

    @Test(.sqliteLedgerOnly)
    func aLostLedgerAndABadConfigurationAreSaid() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "GONE").export(orders: 0..<1))
            #expect(try await harness.run().exitCode == 0)
            try FileManager.default.removeItem(atPath: harness.root.layout.ledger)

            let lost = try await harness.run("health")
            try "intake: {settle_secnds: 1}\n".write(
                toFile: harness.root.layout.path("orchestrator.yml"), atomically: true, encoding: .utf8)
            let misconfigured = try await harness.run("health")

            #expect(lost.exitCode == 1)
            #expect(
                problems(lost.standardOutput).contains { $0.contains("ledger: ") && $0.contains("--rebuild-ledger") })
            #expect(misconfigured.exitCode == 2)
            #expect(misconfigured.standardError.contains("settle_secnds"))
        }
    }

    /// On PostgreSQL, where workers share the ledger and hold no lock, the watcher is named among the workers.
    @Test func aWatcherHoldingTheLockIsNamedAndNotDisturbed() async throws {
        try await Harness.with { harness in
            let watcher = try harness.start("watch")
            let (label, named) = TestLedger.isPostgres ? ("workers: ", "1 at work") : ("lock: ", "held by process")
            var lock = ""
            try await waitUntil {
                let health = try? await harness.run("health")
                lock =
                    health?.standardOutput.split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
                return lock.contains(named)
            }
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "WATCHED").export(orders: 0..<2))
            try await waitUntil { harness.root.files(under: "outbox/tracking").count == 1 }
            watcher.signal(SIGTERM)
            let stopped = await watcher.wait()

            #expect(lock.contains(named), "\(lock)")
            #expect(stopped.exitCode == 0, "the watcher ran on while health looked")
            #expect(await harness.sandbox.totalCreates() == 2)
        }
    }

    @Test func anOrderLeftPostingByARunThatStoppedIsAProblemUntilARunTakesItUp() async throws {
        try await Harness.with { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "STUCK").export(orders: 0..<2))
            let killed = try await harness.run(environment: ["ORCHESTRATOR_CRASH_AT": CrashPoint.afterCreate.rawValue])
            #expect(killed.wasSignalled)
            // Ten minutes later, as far as the ledger can tell.
            try Ledger(harness.root.ledgerLocation).write("age the order") { db in
                try db.execute(#"UPDATE "order" SET updated_at = '2000-01-01 00:00:00.000' WHERE state = 'POSTING'"#)
            }

            let stuck = try await harness.run("health")
            _ = try await harness.run()
            let after = try await harness.run("health")

            #expect(stuck.exitCode == 1)
            #expect(
                problems(stuck.standardOutput).contains { $0.contains("left POSTING by a run that stopped") },
                "\(stuck.standardOutput)")
            #expect(
                problems(stuck.standardOutput).contains {
                    $0.contains("last run: ") && $0.contains("stopped before finishing")
                })
            #expect(after.exitCode == 0, "\(after.standardOutput)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
        }
    }
}
