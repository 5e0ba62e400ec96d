import AsyncHTTPClient
import Foundation
import OrchestratorTesting
import Testing

/// `watch --http`: `/health` and `/metrics` answered while the watcher ships, scraped as a monitor would.
@Suite struct MonitoringServerTests {
    /// A port nothing listens on now: bound, read, released.
    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(socket, raw, length) == 0, getsockname(socket, raw, &length) == 0 else {
                    throw POSIXError(.EADDRINUSE)
                }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func get(_ client: HTTPClient, _ url: String) async throws -> (status: UInt, body: String) {
        let response = try await client.execute(HTTPClientRequest(url: url), timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (response.status.code, String(buffer: body))
    }

    @Test func healthAndMetricsAreServedWhileTheWatcherShips() async throws {
        try await Harness.with { harness in
            let base = "http://127.0.0.1:\(try Self.freePort())"
            let watcher = try harness.start("watch", ["--http", String(base.dropFirst("http://".count))])
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            var health: (status: UInt, body: String) = (0, "")
            var metrics: (status: UInt, body: String) = (0, "")
            do {
                try await waitUntil { (try? await Self.get(client, base + "/health")) != nil }
                try harness.root.drop("export.csv", ExportGenerator(orderPrefix: "SCRAPE").export(orders: 0..<3))
                try await waitUntil { harness.root.files(under: "outbox/tracking").count == 1 }
                health = try await Self.get(client, base + "/health")
                metrics = try await Self.get(client, base + "/metrics")
            } catch {
                Issue.record(error)
            }
            try await client.shutdown()
            watcher.signal(SIGTERM)
            let stopped = await watcher.wait()

            #expect(health.status == 200, "\(health.body)")
            let document = try JSONSerialization.jsonObject(with: Data(health.body.utf8)) as? [String: Any]
            #expect(document?["status"] as? String == "healthy", "\(health.body)")
            #expect(metrics.status == 200)
            #expect(metrics.body.contains(#"orchestrator_orders{state="TRACKED"} 3"#), "\(metrics.body)")
            #expect(metrics.body.contains(#"orchestrator_calls_total{"#))
            #expect(metrics.body.contains(#"outcome="ok""#))
            #expect(metrics.body.contains("orchestrator_call_duration_seconds_bucket"))
            #expect(metrics.body.contains("orchestrator_inbox_files_waiting 0"))
            #expect(!metrics.body.contains(harness.environment["TIPSA_PASSWORD"] ?? "-"), "no secret")
            #expect(stopped.exitCode == 0)
        }
    }
}
