import Foundation
import OrchestratorTesting
import Settings
import Testing

/// The commands around a run: init, configuration errors, done markers, the orders query, the version.
@Suite struct CommandTests {
    @Test func versionNamesTheCommitTheBinaryWasBuiltFrom() async throws {
        let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let git = try Shell.run("git -C '\(repository.path)' rev-parse --short=12 HEAD")
        let commit = git.status == 0 ? git.output.trimmingCharacters(in: .whitespacesAndNewlines) : "unknown"

        let version = try await BuiltBinary().run(["--version"])

        #expect(version.exitCode == 0)
        #expect(version.standardOutput.hasPrefix("orchestrator "), "\(version.standardOutput)")
        #expect(version.standardOutput.contains("(commit \(commit))"), "\(version.standardOutput)")
    }

    @Test func initLaysOutTheRootWithAWorkingConfigurationAndKeepsAnExistingOne() async throws {
        let binary = try BuiltBinary()
        let root = FileManager.default.temporaryDirectory.path + "/orchestrator-init-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }

        let first = try await binary.run(["init", "--root", root])
        try "# mine\n".write(toFile: root + "/orchestrator.yml", atomically: true, encoding: .utf8)
        let second = try await binary.run(["init", "--root", root])
        let run = try await binary.run(["run", "--root", root, "--sandbox"])

        #expect(first.exitCode == 0 && second.exitCode == 0)
        for folder in ["inbox", "outbox", "outbox/results", "outbox/rejects", "outbox/tracking", "archive", "logs"] {
            var isFolder: ObjCBool = false
            #expect(
                FileManager.default.fileExists(atPath: root + "/" + folder, isDirectory: &isFolder)
                    && isFolder.boolValue)
        }
        #expect(try String(contentsOfFile: root + "/orchestrator.yml", encoding: .utf8) == "# mine\n")
        #expect(second.standardOutput.contains("kept the existing configuration"))
        #expect(run.exitCode == 0, "\(run.standardError)")
    }

    /// The README's demo as a newcomer types it, the root given relative to the current folder.
    @Test func theReadmesDemoShipsTheSamplesIntoARelativeRoot() throws {
        let binary = try BuiltBinary().path
        let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.path + "/orchestrator-demo-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: repository.appending(path: "samples").path, toPath: folder + "/samples")
        // As old as a checkout's: `cp -p` keeps the time, and init's settle time waits for a file changed just now.
        for sample in try FileManager.default.contentsOfDirectory(atPath: folder + "/samples") {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: folder + "/samples/" + sample)
        }

        let demo = try Shell.run(
            "cd '\(folder)' && '\(binary)' init --root demo >/dev/null && cp -p samples/* demo/inbox/ "
                + "&& '\(binary)' run --root demo --sandbox")

        #expect(demo.status == 1, "one sample order is invalid on purpose: \(demo.output)")
        for file in ["orders_view.csv", "orders_view.xlsx", "operations.csv"] {
            #expect(FileManager.default.fileExists(atPath: "\(folder)/demo/outbox/\(file)"), "\(file): \(demo.output)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/demo/outbox/rejects").count == 2)
    }

    @Test func initRefusesASpreadsheetItDoesNotKnowNamingThoseItDoes() async throws {
        let binary = try BuiltBinary()
        let root = FileManager.default.temporaryDirectory.path + "/orchestrator-init-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }

        let refused = try await binary.run(["init", "--root", root, "--spreadsheet", "es-MX"])

        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("es-MX") && refused.standardError.contains("en-US"))
        #expect(!FileManager.default.fileExists(atPath: root + "/orchestrator.yml"), "nothing written")
    }

    @Test(arguments: [
        ("intake: {settle_secnds: 1}\n", "unknown setting 'intake.settle_secnds'"),
        ("sender: {postal_code: '99999'}\n", "sender.postal_code"),
        ("routing: nope\n", "'routing' must be a list of rules"),
    ])
    func aBadConfigurationExitsTwoNamingTheKey(_ configuration: String, _ message: String) async throws {
        try await Harness.with(configurationText: configuration) { harness in
            try harness.root.drop("export.csv", ExportGenerator().export(orders: 0..<2))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 2)
            #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
            #expect(harness.root.files(under: "inbox") == ["export.csv"], "nothing taken")
        }
    }

    static var placeholderWithAName: Settings.Sender {
        var sender = Settings.Sender.placeholder
        sender.name = "Mi Tienda"
        return sender
    }

    @Test(arguments: [
        (Settings.Sender.placeholder, "set sender.name, sender.street, sender.postal_code, sender.city, sender.phone"),
        (placeholderWithAName, "set sender.street, sender.postal_code, sender.city, sender.phone"),
    ])
    func aRealRunRefusesToBookFromInitsPlaceholderSender(_ sender: Settings.Sender, _ keys: String) async throws {
        try await Harness.with(settings: .forTests.with { $0.sender = sender }) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "PLACE").export(orders: 0..<2))

            let refused = try await harness.run()
            let watching = try await harness.run("watch")
            let sandboxed = try await harness.run("run", ["--sandbox"])

            #expect(refused.exitCode == 2)
            #expect(refused.standardError.contains(keys), "\(refused.standardError)")
            #expect(watching.exitCode == 2, "a watcher refuses as a run does")
            #expect(await harness.sandbox.totalCreates() == 0, "nothing booked from the placeholder address")
            #expect(sandboxed.exitCode == 0, "--sandbox books with it: \(sandboxed.standardError)")
            #expect(harness.root.files(under: "inbox").isEmpty)
        }
    }

    @Test func doneMarkerModeWaitsForTheMarker() async throws {
        try await Harness.with(settings: .forTests.with { $0.intake.requiresDoneMarker = true }) { harness in
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "DONE").export(orders: 0..<2))

            let withoutMarker = try await harness.run()
            #expect(withoutMarker.exitCode == 0)
            #expect(harness.root.files(under: "inbox") == ["export.csv"])
            try harness.root.drop("export.csv.done", "")
            let withMarker = try await harness.run()

            #expect(withMarker.exitCode == 0)
            #expect(harness.root.files(under: "inbox").isEmpty, "the file and its marker are gone")
            #expect(await harness.sandbox.totalCreates() == 2)
        }
    }

    @Test func ordersQueryFiltersAndFormats() async throws {
        try await Harness.with { harness in
            try harness.root.drop(SampleFiles.csvExport, try SampleFiles.data(SampleFiles.csvExport))
            try await harness.run()

            let json = try await harness.run("orders", ["--state", "rejected", "--format", "json"])
            let csv = try await harness.run("orders", ["--carrier", "tipsa", "--format", "csv"])
            let table = try await harness.run("orders")

            let listed = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
            #expect(listed?.map { $0["order_id"] as? String } == ["MKP-100236-A"])
            #expect((listed?.first?["error"] as? String)?.contains("quantity") == true)
            #expect(
                csv.standardOutput.split(whereSeparator: \.isNewline).count == 1 + 2,
                "the sample's two orders of 1 kg or more")
            #expect(table.standardOutput.contains("6 order(s)"))
        }
    }

    @Test func valuesLongerThanTheCarrierTakesAreCutWithAWarning() async throws {
        try await Harness.with { harness in
            let street = String(repeating: "Avenida muy larga ", count: 6)
            try harness.root.drop("long.csv", BadInputTests.header + BadInputTests.line(street: street))

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0)
            let warnings = CSVRows.records(try harness.rows("outbox/operations.csv")).filter {
                $0["status"] == "WARNING"
            }
            #expect(
                warnings.contains {
                    $0["action"] == "truncate_field"
                        && $0["message"]?.contains("customer.shipping_address.street_1 cut from") == true
                })
            #expect(await harness.sandbox.createCount(reference: "BAD-1") == 1)
        }
    }

    @Test func simulateServesTheCarriersAndMiraklToAnotherProcess() async throws {
        try await Harness.with { harness in
            let simulator = try harness.binary.start(
                ["simulate", "--tipsa-port", "0", "--ontime-port", "0", "--mirakl-port", "0", "--mirakl-orders", "4"])
            defer { simulator.signal(SIGKILL) }
            try await waitUntil { simulator.standardOutputSoFar.contains("\n") }
            let printed = Dictionary(
                simulator.standardOutputSoFar.split(whereSeparator: \.isWhitespace).compactMap { pair in
                    pair.firstIndex(of: "=").map { (String(pair[..<$0]), String(pair[pair.index(after: $0)...])) }
                }, uniquingKeysWith: { first, _ in first })
            try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "SIM").export(orders: 0..<6))

            let outcome = try await harness.run(environment: printed)

            #expect(printed["TIPSA_URL"] != nil && printed["ONTIME_URL"] != nil, "\(printed)")
            #expect(printed["MIRAKL_URL"] != nil && printed["MIRAKL_API_KEY"] != nil, "\(printed)")
            #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
            #expect(await harness.sandbox.totalCreates() == 0, "the shipments went to the separate simulators")
            #expect(!harness.root.files(under: "outbox/labels/tipsa").isEmpty)
            #expect(!harness.root.files(under: "outbox/labels/ontime").isEmpty)
            #expect(harness.root.files(under: "outbox/labels").count == 6 + 4, "the file's orders and Mirakl's")
            #expect(
                outcome.standardOutput.contains("4 fetched from Mirakl")
                    && outcome.standardOutput.contains("10 confirmed"))
        }
    }
}
