import Domain
import Foundation
import Strings

/// Writes `Settings` as the YAML `SettingsFile` reads, every key set: a configuration built as a typed value (tests,
/// benchmarks) goes to disk the way an operator's file would, and a misspelt setting cannot compile.
package enum SettingsWriter {
    package static func yaml(_ settings: Settings) -> String {
        var lines: [String] = []
        func section(_ name: String, _ entries: [(String, String)]) {
            lines.append("\(name):")
            for (key, value) in entries { lines.append("  \(key): \(value)") }
        }
        func plainSection(_ name: String, _ more: [(String, String)] = []) {
            section(
                name,
                Settings.plainSettings.filter { $0.section == name }.map { ($0.name, text(of: $0, in: settings)) }
                    + more)
        }
        plainSection("intake")
        plainSection("watch")
        plainSection(
            "orders",
            [
                ("sku_weights_kg", map(settings.orders.skuWeightsKg.mapValues(number))),
                ("header_aliases", map(settings.orders.headerAliases.mapValues(list))),
            ])
        plainSection("sender")
        lines.append("routing:")
        for rule in settings.routing {
            var entries = [
                "countries: \(list(rule.countries))", "shipping_type_codes: \(list(rule.shippingTypeCodes))",
                "shipping_zone_codes: \(list(rule.shippingZoneCodes))", "carrier: \(quoted(rule.carrier))",
                "service: \(quoted(rule.service))",
            ]
            if let minimum = rule.minWeightKg { entries.append("min_weight_kg: \(number(minimum))") }
            if let maximum = rule.maxWeightKg { entries.append("max_weight_kg: \(number(maximum))") }
            lines.append("  - {" + entries.joined(separator: ", ") + "}")
        }
        lines.append("carriers:")
        for (code, carrier) in settings.carriers.sorted(by: { $0.key < $1.key }) {
            lines.append(
                "  \(quoted(code)): "
                    + map([
                        "mirakl_code": quoted(carrier.miraklCode), "name": quoted(carrier.name),
                        "tracking_url": quoted(carrier.trackingURL),
                        "max_calls_in_flight": "\(carrier.maxCallsInFlight)",
                        "max_calls_in_flight_per_worker": "\(carrier.maxCallsInFlightPerWorker)",
                        "max_calls_per_second": number(carrier.maxCallsPerSecond),
                    ]))
        }
        plainSection("posting")
        plainSection("mirakl")
        let outbox = settings.outbox
        section(
            "outbox",
            [("spreadsheet", outbox.spreadsheet.rawValue)]
                + (outbox.delimiterOverride.map { [("delimiter", quoted($0 == "\t" ? "tab" : String($0)))] } ?? [])
                + (outbox.bomOverride.map { [("bom", "\($0)")] } ?? []))
        plainSection("sharing")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The value of `setting` in `settings` as the file writes it.
    private static func text(of setting: PlainSetting, in settings: Settings) -> String {
        switch setting.value {
        case .number(let path), .positive(let path): number(settings[keyPath: path])
        case .count(let path): "\(settings[keyPath: path])"
        case .flag(let path): "\(settings[keyPath: path])"
        case .text(let path): quoted(settings[keyPath: path])
        }
    }

    /// A double-quoted YAML scalar (YAML's double quotes take JSON's escapes).
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\x" + String(scalar.value, radix: 16, zeroPaddedTo: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ", ") + "]"
    }

    private static func map(_ entries: [String: String]) -> String {
        "{" + entries.sorted { $0.key < $1.key }.map { "\(quoted($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
