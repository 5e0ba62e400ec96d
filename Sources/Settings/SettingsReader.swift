import Domain
import Yams

/// Walks the YAML tree of a configuration file into `Settings`, naming the key of any value it cannot use.
///
/// Unknown keys are errors, so a misspelt setting never silently keeps its default.
struct SettingsReader {
    let path: String

    mutating func settings(from root: Node) throws(SettingsError) -> Settings {
        var settings = Settings()
        try forEachEntry(of: root, at: "") { (key, value) throws(SettingsError) in
            switch key {
            case "intake", "watch", "sender", "posting", "mirakl", "sharing":
                if let (name, _) = try readPlainSettings(of: value, section: key, into: &settings).first {
                    throw unknown("\(key).\(name)")
                }
            case "orders":
                for (name, value) in try readPlainSettings(of: value, section: key, into: &settings) {
                    try readOrdersTable(name, value, into: &settings.orders)
                }
            case "routing": settings.routing = try routing(value)
            case "carriers": settings.carriers = try carriers(value, defaults: settings.carriers)
            case "outbox": settings.outbox = try outbox(value)
            default: throw unknown(key)
            }
        }
        return settings
    }

    /// Reads each key of `section` that `Settings.plainSettings` lists, and returns the others, in file order.
    private func readPlainSettings(
        of node: Node, section: String, into settings: inout Settings
    ) throws(SettingsError) -> [(name: String, value: Node)] {
        let plain = Settings.plainSettings(of: section)
        var others: [(name: String, value: Node)] = []
        try forEachEntry(of: node, at: section) { (name, value) throws(SettingsError) in
            guard let setting = plain[name] else { return others.append((name, value)) }
            let key = "\(section).\(name)"
            switch setting.value {
            case .number(let path): settings[keyPath: path] = try number(value, key)
            case .positive(let path): settings[keyPath: path] = try positive(value, key)
            case .count(let path): settings[keyPath: path] = try count(value, key)
            case .flag(let path): settings[keyPath: path] = try bool(value, key)
            case .text(let path): settings[keyPath: path] = try string(value, key)
            }
        }
        return others
    }

    /// `orders.sku_weights_kg` and `orders.header_aliases`.
    private func readOrdersTable(
        _ name: String, _ value: Node, into orders: inout Settings.Orders
    ) throws(SettingsError) {
        switch name {
        case "sku_weights_kg":
            try forEachEntry(of: value, at: "orders.\(name)") { (sku, weight) throws(SettingsError) in
                orders.skuWeightsKg[sku] = try positive(weight, "orders.\(name).\(sku)")
            }
        case "header_aliases":
            try forEachEntry(of: value, at: "orders.\(name)") { (field, aliases) throws(SettingsError) in
                guard OrderField(rawValue: field) != nil else {
                    throw SettingsError(
                        path: path,
                        message: "orders.header_aliases: '\(field)' is not a field "
                            + "(one of: \(OrderField.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                orders.headerAliases[field] = try strings(aliases, "orders.\(name).\(field)")
            }
        default: throw unknown("orders.\(name)")
        }
    }

    private func routing(_ node: Node) throws(SettingsError) -> [RoutingRule] {
        guard case .sequence(let sequence) = node else { throw invalid("routing", "a list of rules") }
        var rules: [RoutingRule] = []
        for (index, ruleNode) in sequence.enumerated() {
            let at = "routing[\(index)]"
            var rule = RoutingRule(carrier: "", service: "")
            try forEachEntry(of: ruleNode, at: at) { (name, value) throws(SettingsError) in
                switch name {
                case "countries": rule.countries = try countries(value, "\(at).\(name)")
                case "min_weight_kg": rule.minWeightKg = try number(value, "\(at).\(name)")
                case "max_weight_kg": rule.maxWeightKg = try number(value, "\(at).\(name)")
                case "shipping_type_codes": rule.shippingTypeCodes = try strings(value, "\(at).\(name)")
                case "shipping_zone_codes": rule.shippingZoneCodes = try strings(value, "\(at).\(name)")
                case "carrier": rule.carrier = try string(value, "\(at).\(name)").lowercased()
                case "service": rule.service = try string(value, "\(at).\(name)")
                default: throw unknown("\(at).\(name)")
                }
            }
            if rule.carrier.isEmpty || rule.service.isEmpty {
                throw invalid(at, "a rule with both `carrier` and `service`")
            }
            rules.append(rule)
        }
        return rules
    }

    private func carriers(
        _ node: Node, defaults: [String: Settings.Carrier]
    ) throws(SettingsError) -> [String: Settings.Carrier] {
        var carriers = defaults
        try forEachEntry(of: node, at: "carriers") { (code, value) throws(SettingsError) in
            let at = "carriers.\(code)"
            var presentation = carriers[code] ?? Settings.Carrier(miraklCode: code.uppercased(), name: code)
            try forEachEntry(of: value, at: at) { (name, value) throws(SettingsError) in
                switch name {
                case "mirakl_code": presentation.miraklCode = try string(value, "\(at).\(name)")
                case "name": presentation.name = try string(value, "\(at).\(name)")
                case "tracking_url": presentation.trackingURL = try string(value, "\(at).\(name)")
                case "max_calls_in_flight": presentation.maxCallsInFlight = try count(value, "\(at).\(name)")
                case "max_calls_in_flight_per_worker":
                    presentation.maxCallsInFlightPerWorker = try count(value, "\(at).\(name)")
                case "max_calls_per_second": presentation.maxCallsPerSecond = try number(value, "\(at).\(name)")
                default: throw unknown("\(at).\(name)")
                }
            }
            carriers[code] = presentation
        }
        return carriers
    }

    private func outbox(_ node: Node) throws(SettingsError) -> Settings.Outbox {
        var outbox = Settings.Outbox()
        var spreadsheet: SpreadsheetLocale?
        try forEachEntry(of: node, at: "outbox") { (name, value) throws(SettingsError) in
            switch name {
            case "spreadsheet":
                let tag = try string(value, "outbox.spreadsheet")
                guard let locale = SpreadsheetLocale(tag: tag) else {
                    throw invalid("outbox.spreadsheet", "one of \(SpreadsheetLocale.knownTags)")
                }
                spreadsheet = locale
            case "delimiter":
                let text = try string(value, "outbox.delimiter")
                let allowed: [String: Character] = [",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"]
                guard let delimiter = allowed[text.lowercased()] else {
                    throw invalid("outbox.delimiter", "one of , ; | tab")
                }
                outbox.delimiterOverride = delimiter
            case "bom": outbox.bomOverride = try bool(value, "outbox.bom")
            default: throw unknown("outbox.\(name)")
            }
        }
        // A configuration written before the setting named a delimiter and no spreadsheet: its files stay as they
        // were, with decimal points.
        outbox.spreadsheet = spreadsheet ?? (outbox.delimiterOverride == nil ? .esES : .enUS)
        return outbox
    }

    // MARK: - Scalars

    private func forEachEntry(
        of node: Node, at key: String, _ body: (String, Node) throws(SettingsError) -> Void
    ) throws(SettingsError) {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" { return }
        guard case .mapping(let mapping) = node else { throw invalid(key.isEmpty ? "the file" : key, "a mapping") }
        for (name, value) in mapping {
            try body(name.string ?? "", value)
        }
    }

    private func string(_ node: Node, _ key: String) throws(SettingsError) -> String {
        guard case .scalar(let scalar) = node else { throw invalid(key, "a single value") }
        return scalar.string
    }

    /// Countries by any code or name an export may hold them by (`ES`, `ESP`, `España`), as alpha-2 codes: a
    /// rule's `[ESP]` would otherwise never match an order, without a word.
    private func countries(_ node: Node, _ key: String) throws(SettingsError) -> [String] {
        var codes: [String] = []
        for text in try strings(node, key) {
            guard let code = CountryCode(text) else { throw invalid(key, "a list of countries ('\(text)' is none)") }
            codes.append(code.alpha2)
        }
        return codes
    }

    private func strings(_ node: Node, _ key: String) throws(SettingsError) -> [String] {
        if case .scalar = node { return [try string(node, key)] }
        guard case .sequence(let sequence) = node else { throw invalid(key, "a list") }
        var values: [String] = []
        for item in sequence { values.append(try string(item, key)) }
        return values
    }

    private func number(_ node: Node, _ key: String) throws(SettingsError) -> Double {
        guard let value = Double(try string(node, key)), value >= 0, value.isFinite else {
            throw invalid(key, "a number of 0 or more")
        }
        return value
    }

    private func positive(_ node: Node, _ key: String) throws(SettingsError) -> Double {
        let value = try number(node, key)
        guard value > 0 else { throw invalid(key, "a number above 0") }
        return value
    }

    private func count(_ node: Node, _ key: String) throws(SettingsError) -> Int {
        guard let value = Int(try string(node, key)), value >= 1 else {
            throw invalid(key, "a whole number of 1 or more")
        }
        return value
    }

    private func bool(_ node: Node, _ key: String) throws(SettingsError) -> Bool {
        switch try string(node, key).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw invalid(key, "true or false")
        }
    }

    private func unknown(_ key: String) -> SettingsError {
        SettingsError(path: path, message: "unknown setting '\(key)'")
    }

    private func invalid(_ key: String, _ expected: String) -> SettingsError {
        SettingsError(path: path, message: "'\(key)' must be \(expected)")
    }
}
