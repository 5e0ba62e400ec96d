import RemoteCalls

extension TipsaSimulator {
    /// What makes the TIPSA simulator TIPSA: the credentials it accepts and how long its sessions live.
    ///
    /// How slow and faulty it is comes from `SimulatorBehaviour`.
    package struct Options: Sendable {
        /// TIPSA's public demo agency.
        package static let demoAgency = "000000"
        /// TIPSA's public demo client.
        package static let demoClient = "33333"
        /// The simulator's demo password (not a TIPSA secret).
        package static let demoPassword = "sandbox"

        package var agency: String
        package var client: String
        package var password: String
        /// A session lives this long after its last use (TIPSA: 15 minutes), on `timeline`.
        package var sessionLifetime: Duration
        /// The clock sessions age by: the continuous clock, or a test's.
        package var timeline: Timeline

        package init(
            agency: String = demoAgency, client: String = demoClient, password: String = demoPassword,
            sessionLifetime: Duration = .seconds(15 * 60), timeline: Timeline = .continuous
        ) {
            self.agency = agency
            self.client = client
            self.password = password
            self.sessionLifetime = sessionLifetime
            self.timeline = timeline
        }
    }
}
