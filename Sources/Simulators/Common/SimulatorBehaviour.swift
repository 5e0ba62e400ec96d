/// The knobs every simulator has: where it listens, how slow it is, how often and how it fails.
package struct SimulatorBehaviour: Sendable {
    /// 0 binds an ephemeral port.
    package var port: Int
    /// Added before every answer.
    package var latency: Duration
    /// A random extra delay, uniformly between zero and this, added to `latency`.
    package var latencyJitter: Duration
    /// Fraction (0...1) of calls (logins excepted) that get a fault; spread evenly, not at random.
    package var faultRate: Double
    /// The faults handed out, in turn.
    package var faults: [SimulatedFault]
    /// How long a `.hang` lasts.
    package var hangDuration: Duration

    package init(
        port: Int = 0, latency: Duration = .zero, latencyJitter: Duration = .zero, faultRate: Double = 0,
        faults: [SimulatedFault] = [.carrierTransient], hangDuration: Duration = .seconds(120)
    ) {
        self.port = port
        self.latency = latency
        self.latencyJitter = latencyJitter
        self.faultRate = faults.isEmpty ? 0 : min(1, max(0, faultRate))
        self.faults = faults
        self.hangDuration = hangDuration
    }
}
