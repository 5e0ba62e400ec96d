import CoreMetrics

/// Each HTTP call to a carrier or to Mirakl, counted by endpoint and outcome and timed, through swift-metrics: a
/// no-op unless a process bootstraps a metrics system (`watch --http` bootstraps Prometheus's).
enum CallMetrics {
    static func record(endpoint: String, status: UInt?, latency: Duration) {
        let outcome =
            switch status {
            case nil: "no_answer"
            case .some(200..<300): "ok"
            case .some(429), .some(503): "pushed_back"
            case .some(500...): "server_error"
            case .some: "refused"
            }
        Counter(label: "orchestrator_calls_total", dimensions: [("endpoint", endpoint), ("outcome", outcome)])
            .increment()
        Timer(label: "orchestrator_call_duration_seconds", dimensions: [("endpoint", endpoint)])
            .recordNanoseconds(
                latency.components.seconds * 1_000_000_000 + latency.components.attoseconds / 1_000_000_000)
    }
}
