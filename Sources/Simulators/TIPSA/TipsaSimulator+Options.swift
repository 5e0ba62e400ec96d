extension TipsaSimulator {
    /// What makes the TIPSA simulator TIPSA: the credentials it accepts and how long its sessions live. How slow and
    /// faulty it is comes from `SimulatorBehaviour`.
    public struct Options: Sendable {
        /// TIPSA's public demo agency.
        public static let demoAgency = "000000"
        /// TIPSA's public demo client.
        public static let demoClient = "33333"
        /// The simulator's demo password (not a TIPSA secret).
        public static let demoPassword = "sandbox"

        public var agency: String
        public var client: String
        public var password: String
        /// A session lives this long after its last use (TIPSA: 15 minutes).
        public var sessionLifetime: Duration

        public init(
            agency: String = demoAgency, client: String = demoClient, password: String = demoPassword,
            sessionLifetime: Duration = .seconds(15 * 60)
        ) {
            self.agency = agency
            self.client = client
            self.password = password
            self.sessionLifetime = sessionLifetime
        }
    }
}
