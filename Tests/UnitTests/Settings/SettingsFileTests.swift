import Domain
import Settings
import Testing

@Suite struct SettingsFileTests {
    @Test func theExampleConfigurationReadsBackAsTheDefaults() throws {
        let settings = try SettingsFile.parse(ExampleConfiguration.text(), path: "orchestrator.yml")
        #expect(settings == Settings())
    }

    /// `init`'s example is written by hand, for its comments: it names every plain key of its sections, and no other.
    @Test func theExampleNamesEveryPlainKeyOfItsSections() {
        var keys: [String: Set<String>] = [:]
        var section = ""
        for line in ExampleConfiguration.text().split(separator: "\n") {
            if let top = line.wholeMatch(of: /([a-z_]+):.*/) {
                section = String(top.output.1)
            } else if let key = line.wholeMatch(of: #/  ([a-z_]+):.*/#) {
                keys[section, default: []].insert(String(key.output.1))
            }
        }
        let tables: [String: Set<String>] = ["orders": ["sku_weights_kg", "header_aliases"]]
        for plainSection in Set(Settings.plainSettings.map(\.section)) {
            let plain = Set(Settings.plainSettings.filter { $0.section == plainSection }.map(\.name))
            #expect(
                keys[plainSection] == plain.union(tables[plainSection] ?? []),
                "\(plainSection): the example has \(keys[plainSection]?.sorted() ?? []), the table \(plain.sorted())")
        }
    }

    @Test func writtenSettingsReadBackAsTheyWere() throws {
        var settings = Settings()
        settings.intake.settleSeconds = 2.5
        settings.intake.requiresDoneMarker = true
        settings.watch.pollIntervalSeconds = 0.2
        settings.orders.skuWeightsKg = ["24-MB01": 0.8, "SKU \"quoted\"": 12]
        settings.orders.headerAliases = ["order_id": ["Pedido nº", "N.º: pedido"]]
        settings.sender.name = "Tienda \"La Esquina\" S.L.\tdos"
        settings.sender.postalCode = "08013"
        settings.routing = [
            RoutingRule(countries: ["ES", "PT"], maxWeightKg: 1, carrier: "ontime", service: "70"),
            RoutingRule(
                minWeightKg: 0.25, shippingTypeCodes: ["STD"], shippingZoneCodes: ["Z1"], carrier: "tipsa",
                service: "48"),
        ]
        settings.carriers["tipsa"]?.miraklCode = ""
        settings.carriers["tipsa"]?.trackingURL = "https://t.example/?n={tracking}&x=1"
        settings.carriers["tipsa"]?.maxCallsPerSecond = 12.5
        settings.carriers["other"] = Settings.Carrier(miraklCode: "OTHER", name: "Other")
        settings.posting.failuresBeforeUnavailable = 1000
        settings.mirakl.fetchOverlapMinutes = 0
        settings.mirakl.maxCallsPerRun = 7
        settings.outbox.spreadsheet = .frFR
        settings.outbox.delimiterOverride = "\t"
        settings.outbox.bomOverride = false

        #expect(try SettingsFile.parse(SettingsWriter.yaml(settings), path: "written.yml") == settings)
        #expect(try SettingsFile.parse(SettingsWriter.yaml(Settings()), path: "written.yml") == Settings())
    }

    @Test func theCircuitBreakersFormerKeyIsStillRead() throws {
        let former = try SettingsFile.parse("posting:\n  pause_after_failures: 3\n", path: "old.yml")
        let current = try SettingsFile.parse("posting:\n  unavailable_after_failures: 4\n", path: "new.yml")
        #expect(former.posting.failuresBeforeUnavailable == 3)
        #expect(current.posting.failuresBeforeUnavailable == 4)
    }

    @Test func valuesAreRead() throws {
        let settings = try SettingsFile.parse(
            """
            intake: {settle_seconds: 0, require_done_marker: true}
            routing:
              - {countries: [fra], carrier: TIPSA, service: "90"}
            outbox: {delimiter: ";", bom: false}
            orders: {header_aliases: {order_id: ["Pedido nº"]}}
            """, path: "x.yml")
        #expect(settings.intake.settleSeconds == 0)
        #expect(settings.intake.requiresDoneMarker)
        #expect(settings.routing == [RoutingRule(countries: ["FR"], carrier: "tipsa", service: "90")])
        #expect(settings.outbox.delimiter == ";")
        #expect(settings.orders.headerAliases["order_id"] == ["Pedido nº"])
    }

    @Test func theSpreadsheetDecidesTheSeparatorAndTheDecimalMark() throws {
        let spanish = try SettingsFile.parse("outbox: {spreadsheet: es_es}", path: "x.yml").outbox
        #expect(
            (spanish.spreadsheet, spanish.delimiter, spanish.decimalMark, spanish.includesBOM) == (
                .esES, ";", ",", true
            ))
        let english = try SettingsFile.parse("outbox: {spreadsheet: en-US}", path: "x.yml").outbox
        #expect((english.delimiter, english.decimalMark, english.includesBOM) == (",", ".", true))
        let forAProgram = try SettingsFile.parse(
            "outbox: {spreadsheet: de-DE, delimiter: tab, bom: false}", path: "x.yml")
        #expect(
            (forAProgram.outbox.delimiter, forAProgram.outbox.decimalMark, forAProgram.outbox.includesBOM) == (
                "\t", ",", false
            ))
        #expect(try SettingsFile.parse("intake: {settle_seconds: 1}", path: "x.yml").outbox.spreadsheet == .esES)
    }

    /// A root made before `outbox.spreadsheet` has `init`'s old `delimiter` line: its files stay as they were.
    @Test func aConfigurationOfBeforeTheSpreadsheetKeepsItsFiles() throws {
        let outbox = try SettingsFile.parse("outbox:\n  delimiter: \";\"\n  bom: true\n", path: "old.yml").outbox
        #expect((outbox.delimiter, outbox.decimalMark, outbox.includesBOM) == (";", ".", true))
    }

    @Test(arguments: [
        ("intake: {settle_secs: 1}", "unknown setting 'intake.settle_secs'"),
        ("posting: {concurrency: 0}", "'posting.concurrency' must be a whole number of 1 or more"),
        ("routing: [{countries: [ES]}]", "'routing[0]' must be a rule with both `carrier` and `service`"),
        (
            "routing: [{countries: [ES, Narnia], carrier: tipsa, service: '48'}]",
            "'routing[0].countries' must be a list of countries ('Narnia' is none)"
        ),
        ("outbox: {delimiter: '#'}", "'outbox.delimiter' must be one of , ; | tab"),
        (
            "outbox: {spreadsheet: es-MX}",
            "'outbox.spreadsheet' must be one of es-ES, ca-ES, pt-PT, fr-FR, it-IT, de-DE, nl-NL, en-GB, en-US"
        ),
        ("orders: {header_aliases: {pedido: [x]}}", "'pedido' is not a field"),
        ("intake: [", "is not valid YAML"),
    ])
    func mistakesAreNamed(_ text: String, _ message: String) {
        #expect {
            _ = try SettingsFile.parse(text, path: "x.yml")
        } throws: { error in
            "\(error)".contains(message)
        }
    }
}
