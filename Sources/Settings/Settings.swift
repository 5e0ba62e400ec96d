import Domain
import Foundation
import Yams

/// Everything the configuration file can set (docs/reference/configuration.md).
///
/// Secrets never live here: see `CarrierSecrets`. Every key is optional; a missing one takes the default documented in
/// `ExampleConfiguration`.
package struct Settings: Sendable, Equatable {
    package var intake = Intake()
    package var watch = Watch()
    package var orders = Orders()
    package var sender = Sender()
    package var routing: [RoutingRule] = Router.defaultRules
    package var carriers: [String: Carrier] = [
        "tipsa": Carrier(miraklCode: "TIPSA", name: "TIPSA"),
        "ontime": Carrier(
            miraklCode: "ONTIME", name: "OnTime",
            trackingURL: "https://ontimegts.alertran.net/gts/pub/locNumSeguimiento.seam?localizador={tracking}"),
    ]
    package var posting = Posting()
    package var mirakl = Mirakl()
    package var outbox = Outbox()
    package var sharing = Sharing()

    package init() {}

    /// The carrier `code` as configured, or with the defaults (its call limits, its names).
    package func carrier(_ code: String) -> Carrier {
        carriers[code] ?? Carrier(miraklCode: code, name: code)
    }

    package struct Intake: Sendable, Equatable {
        /// A file whose size or modification time changed within this many seconds is still being written.
        package var settleSeconds: Double = 5
        /// Pick a file up only once `<name>.done` exists beside it.
        package var requiresDoneMarker = false
    }

    package struct Watch: Sendable, Equatable {
        package var pollIntervalSeconds: Double = 30
    }

    package struct Orders: Sendable, Equatable {
        /// Parcel weight when the export carries none and the SKU table does not know the items.
        package var defaultWeightKg: Double = 1
        package var skuWeightsKg: [String: Double] = [:]
        /// More column names for a canonical field, such as `order_id: ["Pedido nº"]`.
        package var headerAliases: [String: [String]] = [:]
    }

    /// The seller's pick-up address, printed on every label.
    package struct Sender: Sendable, Equatable {
        package var name = "Sandbox Seller"
        package var street = "Calle de Alcalá 1"
        package var city = "Madrid"
        package var postalCode = "28014"
        package var country = "ES"
        package var phone = "910000000"

        /// The address `init` writes and `--sandbox` books with: no real seller's.
        package static let placeholder = Sender()
    }

    /// How a carrier is named towards Mirakl and people, and how hard it may be called.
    package struct Carrier: Sendable, Equatable {
        /// The carrier code the operator configured in Mirakl (OR23 `carrier_code`).
        package var miraklCode: String
        package var name: String
        /// Tracking page; `{tracking}` is replaced by the tracking number.
        package var trackingURL = ""
        /// Calls to this carrier at once, at most, over every worker sharing the ledger: the run starts at 8 and
        /// adapts up to this while the carrier answers at a steady pace, halving when it pushes back (429, 503,
        /// timeouts, slowing answers).
        package var maxCallsInFlight = 32
        /// Calls at once one worker may have, within `maxCallsInFlight`.
        package var maxCallsInFlightPerWorker = 32
        /// Calls started per second, at most; 0 for no limit but the carrier's own push-back.
        package var maxCallsPerSecond = 0.0

        package init(miraklCode: String, name: String, trackingURL: String = "") {
            self.miraklCode = miraklCode
            self.name = name
            self.trackingURL = trackingURL
        }
    }

    package struct Posting: Sendable, Equatable {
        /// Attempts per call when the carrier answers "try later" (the first attempt included).
        package var retryAttempts = 4
        package var retryBaseDelaySeconds = 0.5
        package var retryMaxDelaySeconds = 30.0
        /// Orders posted at once, over all carriers (each carrier is further held to its own limits).
        package var concurrency = 64
        /// Transient failures in a row after which a carrier is taken as down for the rest of the run.
        package var failuresBeforeUnavailable = 8
        package var callTimeoutSeconds = 30.0
        package var connectTimeoutSeconds = 5.0
    }

    /// How the Mirakl API is used when `MIRAKL_URL` and `MIRAKL_API_KEY` are set.
    package struct Mirakl: Sendable, Equatable {
        /// `run` and `watch` fetch orders at most this often (Mirakl asks for no more than once a minute).
        package var fetchIntervalSeconds = 300.0
        /// Each fetch asks for orders changed since the last one began, less this much.
        package var fetchOverlapMinutes = 10.0
        /// How far back the first fetch goes.
        package var firstFetchDays = 7.0
        /// Calls at once, at most: what keeps a backlog from looking like the parallel pulls that draw 429s.
        package var maxCallsInFlight = 4
        /// Calls started per second, at most; 0 for no limit.
        ///
        /// Mirakl publishes no figure: its 429 and `Retry-After` say when to slow down, and every call obeys them.
        package var maxCallsPerSecond = 0.0
        /// Calls one run may make; the orders left over wait for the next run.
        package var maxCallsPerRun = 20_000
        /// Attempts per call when Mirakl answers "try later" (429, 5xx, a timeout), the first included.
        package var retryAttempts = 5
        package var retryBaseDelaySeconds = 1.0
        package var retryMaxDelaySeconds = 60.0
    }

    /// Several workers (on one host or several) sharing one PostgreSQL ledger.
    package struct Sharing: Sendable, Equatable {
        /// A worker renews its lease four times per lease; what a worker claimed (files, orders, carrier call slots)
        /// is taken over by the others once its lease has run out this long.
        package var leaseSeconds = 30.0
    }

    /// How the review files under `outbox/` are written (docs/reference/outbox-files.md).
    package struct Outbox: Sendable, Equatable {
        /// The reviewers' spreadsheet: its list separator and decimal mark are the CSVs'.
        package var spreadsheet = SpreadsheetLocale.esES
        /// `outbox.delimiter`, for files read by programs: in place of the locale's list separator.
        package var delimiterOverride: Character?
        /// `outbox.bom`, for files read by programs: whether the CSVs start with a UTF-8 byte order mark.
        package var bomOverride: Bool?

        package var delimiter: Character { delimiterOverride ?? spreadsheet.listSeparator }
        /// A spreadsheet reads a UTF-8 file as its old code page unless the file starts with a BOM.
        package var includesBOM: Bool { bomOverride ?? true }
        package var decimalMark: Character { spreadsheet.decimalMark }
    }
}
