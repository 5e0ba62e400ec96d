/// One key of the configuration that holds a single value, with where it lives in `Settings` and what it takes.
///
/// `Settings.plainSettings` lists every such key once: the reader reads by it, the writer writes by it, and a test
/// holds `init`'s commented example to it. The keys that hold lists or maps (routing, carriers, orders' tables)
/// and the outbox's dialect are read and written on their own.
package struct PlainSetting: Sendable {
    package enum Value: Sendable {
        /// A number of 0 or more.
        case number(WritableKeyPath<Settings, Double> & Sendable)
        /// A number above 0.
        case positive(WritableKeyPath<Settings, Double> & Sendable)
        /// A whole number of 1 or more.
        case count(WritableKeyPath<Settings, Int> & Sendable)
        case flag(WritableKeyPath<Settings, Bool> & Sendable)
        case text(WritableKeyPath<Settings, String> & Sendable)
    }

    /// `section.name`, as the file spells it.
    package let key: String
    package let value: Value
    /// Former names of the key, still read (never written).
    package let formerNames: [String]

    init(_ key: String, _ value: Value, formerNames: [String] = []) {
        self.key = key
        self.value = value
        self.formerNames = formerNames
    }

    /// The section the key is in (`posting`).
    package var section: String { String(key.prefix { $0 != "." }) }

    /// The key's name within its section (`retry_attempts`).
    package var name: String { String(key.drop { $0 != "." }.dropFirst()) }
}

extension Settings {
    /// Every key of the configuration that holds a single value, in the order `init` writes them.
    package static let plainSettings: [PlainSetting] = [
        PlainSetting("intake.settle_seconds", .number(\.intake.settleSeconds)),
        PlainSetting("intake.require_done_marker", .flag(\.intake.requiresDoneMarker)),
        PlainSetting("watch.poll_interval_seconds", .positive(\.watch.pollIntervalSeconds)),
        PlainSetting("orders.default_weight_kg", .positive(\.orders.defaultWeightKg)),
        PlainSetting("sender.name", .text(\.sender.name)),
        PlainSetting("sender.street", .text(\.sender.street)),
        PlainSetting("sender.city", .text(\.sender.city)),
        PlainSetting("sender.postal_code", .text(\.sender.postalCode)),
        PlainSetting("sender.country", .text(\.sender.country)),
        PlainSetting("sender.phone", .text(\.sender.phone)),
        PlainSetting("posting.retry_attempts", .count(\.posting.retryAttempts)),
        PlainSetting("posting.retry_base_delay_seconds", .number(\.posting.retryBaseDelaySeconds)),
        PlainSetting("posting.retry_max_delay_seconds", .number(\.posting.retryMaxDelaySeconds)),
        PlainSetting("posting.concurrency", .count(\.posting.concurrency)),
        PlainSetting(
            "posting.unavailable_after_failures", .count(\.posting.failuresBeforeUnavailable),
            formerNames: ["pause_after_failures"]),
        PlainSetting("posting.call_timeout_seconds", .positive(\.posting.callTimeoutSeconds)),
        PlainSetting("posting.connect_timeout_seconds", .positive(\.posting.connectTimeoutSeconds)),
        PlainSetting("mirakl.fetch_interval_seconds", .number(\.mirakl.fetchIntervalSeconds)),
        PlainSetting("mirakl.fetch_overlap_minutes", .number(\.mirakl.fetchOverlapMinutes)),
        PlainSetting("mirakl.first_fetch_days", .positive(\.mirakl.firstFetchDays)),
        PlainSetting("mirakl.max_calls_in_flight", .count(\.mirakl.maxCallsInFlight)),
        PlainSetting("mirakl.max_calls_per_second", .number(\.mirakl.maxCallsPerSecond)),
        PlainSetting("mirakl.max_calls_per_run", .count(\.mirakl.maxCallsPerRun)),
        PlainSetting("mirakl.retry_attempts", .count(\.mirakl.retryAttempts)),
        PlainSetting("mirakl.retry_base_delay_seconds", .number(\.mirakl.retryBaseDelaySeconds)),
        PlainSetting("mirakl.retry_max_delay_seconds", .number(\.mirakl.retryMaxDelaySeconds)),
        PlainSetting("sharing.lease_seconds", .positive(\.sharing.leaseSeconds)),
    ]

    /// The plain settings of `section`, by every name they are read under.
    static func plainSettings(of section: String) -> [String: PlainSetting] {
        var byName: [String: PlainSetting] = [:]
        for setting in plainSettings where setting.section == section {
            for name in [setting.name] + setting.formerNames { byName[name] = setting }
        }
        return byName
    }
}
