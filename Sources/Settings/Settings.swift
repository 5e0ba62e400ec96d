import Domain
import Foundation
import Yams

/// Everything the configuration file can set (SPEC §7). Secrets never live here: see `CarrierSecrets`.
/// Every key is optional; a missing one takes the default documented in `ExampleConfiguration`.
public struct Settings: Sendable, Equatable {
    public var intake = Intake()
    public var watch = Watch()
    public var orders = Orders()
    public var sender = Sender()
    public var routing: [RoutingRule] = Router.defaultRules
    public var carriers: [String: CarrierPresentation] = [
        "tipsa": CarrierPresentation(miraklCode: "TIPSA", name: "TIPSA"),
        "ontime": CarrierPresentation(
            miraklCode: "ONTIME", name: "OnTime",
            trackingURL: "https://ontimegts.alertran.net/gts/pub/locNumSeguimiento.seam?localizador={tracking}"),
    ]
    public var posting = Posting()
    public var mirakl = Mirakl()
    public var outbox = Outbox()

    public init() {}

    public struct Intake: Sendable, Equatable {
        /// A file whose size or modification time changed within this many seconds is still being written.
        public var settleSeconds: Double = 5
        /// Pick a file up only once `<name>.done` exists beside it.
        public var requiresDoneMarker = false
    }

    public struct Watch: Sendable, Equatable {
        public var pollIntervalSeconds: Double = 30
    }

    public struct Orders: Sendable, Equatable {
        /// Parcel weight when the export carries none and the SKU table does not know the items.
        public var defaultWeightKg: Double = 1
        public var skuWeightsKg: [String: Double] = [:]
        /// More column names for a canonical field, e.g. `order_id: ["Pedido nº"]`.
        public var headerAliases: [String: [String]] = [:]
    }

    /// The seller's pick-up address, printed on every label.
    public struct Sender: Sendable, Equatable {
        public var name = "Sandbox Seller"
        public var street = "Calle de Alcalá 1"
        public var city = "Madrid"
        public var postalCode = "28014"
        public var country = "ES"
        public var phone = "910000000"
    }

    /// How a carrier is named towards Mirakl and people, and how hard it may be called.
    public struct CarrierPresentation: Sendable, Equatable {
        /// The carrier code the operator configured in Mirakl (OR23 `carrier_code`).
        public var miraklCode: String
        public var name: String
        /// Tracking page; `{tracking}` is replaced by the tracking number.
        public var trackingURL = ""
        /// Calls to this carrier at once, at most: the run starts at 8 and adapts up to this while the carrier answers
        /// at a steady pace, halving when it pushes back (429, 503, timeouts, slowing answers).
        public var maxCallsInFlight = 32
        /// Calls started per second, at most; 0 for no limit but the carrier's own push-back.
        public var maxCallsPerSecond = 0.0

        public init(miraklCode: String, name: String, trackingURL: String = "") {
            self.miraklCode = miraklCode
            self.name = name
            self.trackingURL = trackingURL
        }
    }

    public struct Posting: Sendable, Equatable {
        /// Attempts per call when the carrier answers "try later" (the first attempt included).
        public var retryAttempts = 4
        public var retryBaseDelaySeconds = 0.5
        public var retryMaxDelaySeconds = 30.0
        /// Orders posted at once, over all carriers (each carrier is further held to its own limits).
        public var concurrency = 64
        /// Transient failures in a row after which a carrier is taken as down for the rest of the run.
        public var consecutiveFailuresBeforePause = 8
        public var callTimeoutSeconds = 30.0
        public var connectTimeoutSeconds = 5.0
    }

    /// How the Mirakl API is used when `MIRAKL_URL` and `MIRAKL_API_KEY` are set.
    public struct Mirakl: Sendable, Equatable {
        /// `run` and `watch` fetch orders at most this often (Mirakl asks for no more than once a minute).
        public var fetchIntervalSeconds = 300.0
        /// Each fetch asks for orders changed since the last one began, less this much.
        public var fetchOverlapMinutes = 10.0
        /// How far back the first fetch goes.
        public var firstFetchDays = 7.0
        /// Calls at once, at most: what keeps a backlog from looking like the parallel pulls that draw 429s.
        public var maxCallsInFlight = 4
        /// Calls started per second, at most; 0 for no limit. Mirakl publishes no figure: its 429 and
        /// `Retry-After` say when to slow down, and every call obeys them.
        public var maxCallsPerSecond = 0.0
        /// Calls one run may make; the orders left over wait for the next run.
        public var maxCallsPerRun = 20_000
        /// Attempts per call when Mirakl answers "try later" (429, 5xx, a timeout), the first included.
        public var retryAttempts = 5
        public var retryBaseDelaySeconds = 1.0
        public var retryMaxDelaySeconds = 60.0
    }

    public struct Outbox: Sendable, Equatable {
        public var delimiter: Character = ","
        public var includesBOM = true
    }
}
