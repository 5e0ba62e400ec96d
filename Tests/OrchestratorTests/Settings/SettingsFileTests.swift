import Domain
import Settings
import Testing

@Suite struct SettingsFileTests {
    @Test func theExampleConfigurationReadsBackAsTheDefaults() throws {
        let settings = try SettingsFile.parse(ExampleConfiguration.text, path: "orchestrator.yml")
        #expect(settings == Settings())
    }

    @Test func valuesAreRead() throws {
        let settings = try SettingsFile.parse("""
            intake: {settle_seconds: 0, require_done_marker: true}
            routing:
              - {countries: [FR], carrier: TIPSA, service: "90"}
            outbox: {delimiter: ";", bom: false}
            orders: {header_aliases: {order_id: ["Pedido nº"]}}
            """, path: "x.yml")
        #expect(settings.intake.settleSeconds == 0)
        #expect(settings.intake.requiresDoneMarker)
        #expect(settings.routing == [RoutingRule(countries: ["FR"], carrier: "tipsa", service: "90")])
        #expect(settings.outbox.delimiter == ";")
        #expect(settings.orders.headerAliases["order_id"] == ["Pedido nº"])
    }

    @Test(arguments: [
        ("intake: {settle_secs: 1}", "unknown setting 'intake.settle_secs'"),
        ("posting: {concurrency: 0}", "'posting.concurrency' must be a whole number of 1 or more"),
        ("routing: [{countries: [ES]}]", "'routing[0]' must be a rule with both `carrier` and `service`"),
        ("outbox: {delimiter: '#'}", "'outbox.delimiter' must be one of , ; | tab"),
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
