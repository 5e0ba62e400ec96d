import Logging

extension Sandbox {
    /// Orders the demo's Mirakl holds when it starts.
    package static let demoOrders = 10

    /// The simulators `--sandbox` starts: both carriers, and a Mirakl that holds `demoOrders` generated orders in
    /// `SHIPPING`, one of them cancelled, so that a run shows the whole loop (fetch, skip the cancelled one, post,
    /// confirm).
    ///
    /// Its order ids change with every start, like the carriers' shipment numbers, so separate sandbox runs on one root
    /// never share one. It takes tracking for orders it never listed (those that reach the program by file were
    /// exported from this same Mirakl by hand).
    package static func startDemo(logger: Logger) async throws -> Sandbox {
        let sandbox = try await start(
            mirakl: SimulatorBehaviour(), miraklOptions: MiraklSimulator.Options(adoptsUnknownOrders: true),
            logger: logger)
        if let mirakl = sandbox.mirakl {
            let ids = await mirakl.addGeneratedOrders(count: demoOrders, prefix: "DEMO\(Int.random(in: 1000...9999))")
            await mirakl.cancel(orderID: ids[2])
        }
        return sandbox
    }
}
