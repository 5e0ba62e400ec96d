import Domain
import Settings

extension Settings {
    /// Settings for tests: a sender of their own (not `init`'s placeholder), files are taken at once, retries do not
    /// wait, a watch polls five times a second, outbox CSVs are read as a program reads them (`,`, decimal points, no
    /// BOM).
    package static var forTests: Settings {
        var settings = Settings()
        settings.sender.name = "Tienda de Pruebas S.L."
        settings.sender.street = "Carrer de Provença 200"
        settings.sender.city = "Barcelona"
        settings.sender.postalCode = "08036"
        settings.sender.phone = "930000000"
        settings.intake.settleSeconds = 0
        settings.watch.pollIntervalSeconds = 0.2
        settings.posting.retryAttempts = 3
        settings.posting.retryBaseDelaySeconds = 0.01
        settings.posting.retryMaxDelaySeconds = 0.05
        settings.posting.callTimeoutSeconds = 5
        settings.posting.connectTimeoutSeconds = 0.5
        settings.outbox.spreadsheet = .enUS
        settings.outbox.bomOverride = false
        return settings
    }

    /// The test settings with Mirakl fetched at every run and its retries quick (a `Retry-After` is still honoured).
    package static var forMiraklTests: Settings {
        forTests.with { settings in
            settings.mirakl.fetchIntervalSeconds = 0
            settings.mirakl.retryBaseDelaySeconds = 0.01
            settings.mirakl.retryMaxDelaySeconds = 2
            settings.mirakl.maxCallsInFlight = 8
        }
    }

    /// These settings with every order routed to one carrier's service.
    package func routingEverything(to carrier: String, service: String) -> Settings {
        with { $0.routing = [RoutingRule(carrier: carrier, service: service)] }
    }

    /// These settings, changed by `change`.
    package func with(_ change: (inout Settings) -> Void) -> Settings {
        var changed = self
        change(&changed)
        return changed
    }
}
