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
        section(
            "intake",
            [
                ("settle_seconds", number(settings.intake.settleSeconds)),
                ("require_done_marker", "\(settings.intake.requiresDoneMarker)"),
            ])
        section("watch", [("poll_interval_seconds", number(settings.watch.pollIntervalSeconds))])
        section(
            "orders",
            [
                ("default_weight_kg", number(settings.orders.defaultWeightKg)),
                ("sku_weights_kg", map(settings.orders.skuWeightsKg.mapValues(number))),
                ("header_aliases", map(settings.orders.headerAliases.mapValues(list))),
            ])
        let sender = settings.sender
        section(
            "sender",
            [
                ("name", quoted(sender.name)), ("street", quoted(sender.street)), ("city", quoted(sender.city)),
                ("postal_code", quoted(sender.postalCode)), ("country", quoted(sender.country)),
                ("phone", quoted(sender.phone)),
            ])
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
        let posting = settings.posting
        section(
            "posting",
            [
                ("retry_attempts", "\(posting.retryAttempts)"),
                ("retry_base_delay_seconds", number(posting.retryBaseDelaySeconds)),
                ("retry_max_delay_seconds", number(posting.retryMaxDelaySeconds)),
                ("concurrency", "\(posting.concurrency)"),
                ("unavailable_after_failures", "\(posting.failuresBeforeUnavailable)"),
                ("call_timeout_seconds", number(posting.callTimeoutSeconds)),
                ("connect_timeout_seconds", number(posting.connectTimeoutSeconds)),
            ])
        let mirakl = settings.mirakl
        section(
            "mirakl",
            [
                ("fetch_interval_seconds", number(mirakl.fetchIntervalSeconds)),
                ("fetch_overlap_minutes", number(mirakl.fetchOverlapMinutes)),
                ("first_fetch_days", number(mirakl.firstFetchDays)),
                ("max_calls_in_flight", "\(mirakl.maxCallsInFlight)"),
                ("max_calls_per_second", number(mirakl.maxCallsPerSecond)),
                ("max_calls_per_run", "\(mirakl.maxCallsPerRun)"),
                ("retry_attempts", "\(mirakl.retryAttempts)"),
                ("retry_base_delay_seconds", number(mirakl.retryBaseDelaySeconds)),
                ("retry_max_delay_seconds", number(mirakl.retryMaxDelaySeconds)),
            ])
        let outbox = settings.outbox
        section(
            "outbox",
            [("spreadsheet", outbox.spreadsheet.rawValue)]
                + (outbox.delimiterOverride.map { [("delimiter", quoted($0 == "\t" ? "tab" : String($0)))] } ?? [])
                + (outbox.bomOverride.map { [("bom", "\($0)")] } ?? []))
        section("sharing", [("lease_seconds", number(settings.sharing.leaseSeconds))])
        return lines.joined(separator: "\n") + "\n"
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
