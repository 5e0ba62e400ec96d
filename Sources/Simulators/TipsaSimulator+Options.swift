extension TipsaSimulator {
    /// How the simulator behaves: which credentials it accepts, how slow and how faulty it is.
    public struct Options: Sendable {
        /// TIPSA's public demo agency.
        public static let demoAgency = "000000"
        /// TIPSA's public demo client.
        public static let demoClient = "33333"
        /// The simulator's demo password (not a TIPSA secret).
        public static let demoPassword = "sandbox"

        /// What a faulty call gets instead of an answer.
        public enum Fault: Sendable, Equatable {
            /// `99: …` — a "try later" SOAP fault.
            case soapTransient
            /// `41: El código postal origen es nulo o no válido` — the request is rejected as it is.
            case soapPermanent
            /// HTTP 500 with an empty body.
            case http500
            /// HTTP 503 with an empty body.
            case http503
            /// HTTP 429 with `Retry-After: seconds`.
            case tooManyRequests(retryAfterSeconds: Int)
            /// HTTP 200 with a body that is not XML.
            case malformedBody
            /// No answer for `hangDuration` (longer than clients wait).
            case hang
        }

        public var agency: String
        public var client: String
        public var password: String
        /// 0 binds an ephemeral port.
        public var port: Int
        /// Added before every answer.
        public var latency: Duration
        /// Fraction (0...1) of WebServService calls answered with `fault`; spread evenly, not at random.
        public var faultRate: Double
        public var fault: Fault
        /// How long a `.hang` lasts.
        public var hangDuration: Duration
        /// A session lives this long after its last use (TIPSA: 15 minutes).
        public var sessionLifetime: Duration

        public init(
            agency: String = demoAgency, client: String = demoClient, password: String = demoPassword, port: Int = 0,
            latency: Duration = .zero, faultRate: Double = 0, fault: Fault = .soapTransient,
            hangDuration: Duration = .seconds(120), sessionLifetime: Duration = .seconds(15 * 60)
        ) {
            self.agency = agency
            self.client = client
            self.password = password
            self.port = port
            self.latency = latency
            self.faultRate = min(1, max(0, faultRate))
            self.fault = fault
            self.hangDuration = hangDuration
            self.sessionLifetime = sessionLifetime
        }
    }
}
