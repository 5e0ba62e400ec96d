import AsyncHTTPClient
import Carriers
import Domain
import Logging
import OnTime
import RemoteCalls
import Settings
import TIPSA

/// The carriers this program can post to.
///
/// A new carrier is one adapter folder and one entry in `kinds`.
package enum CarrierRegistry {
    package static let kinds: [any CarrierKind] = [TipsaKind(), OnTimeKind()]

    /// Field lengths of every known carrier, by code; routing may only name these.
    package static let fieldLimits = Dictionary(uniqueKeysWithValues: kinds.map { ($0.code, $0.fieldLimits) })

    /// Calls at once an adaptive carrier gate starts at, whatever `max_calls_in_flight` allows above it.
    static let startingCallsInFlight = 8

    /// The clients the environment configures, each held to the call limits `settings` give its carrier (calls at once
    /// adapting from `startingCallsInFlight` up to `max_calls_in_flight`), with their gates, and for each known carrier
    /// the environment does not configure, why.
    ///
    /// Secrets come from the environment only and are never part of a message.
    package static func clients(
        environment: [String: String], httpClient: HTTPClient, settings: Settings, logger: Logger
    ) -> (clients: [String: any CarrierClient], unconfigured: [String: String], callGates: [String: CallGate]) {
        var clients: [String: any CarrierClient] = [:]
        var unconfigured: [String: String] = [:]
        var callGates: [String: CallGate] = [:]
        for kind in kinds {
            let missing = kind.environmentVariables.filter { (environment[$0] ?? "").isEmpty }
            if missing.isEmpty {
                let limits = settings.carrier(kind.code)
                let gate = CallGate(
                    maxInFlight: min(limits.maxCallsInFlight, limits.maxCallsInFlightPerWorker),
                    maxPerSecond: limits.maxCallsPerSecond,
                    startingAt: startingCallsInFlight, name: kind.code, logger: logger)
                let connection = RemoteConnection(
                    httpClient: httpClient, callTimeout: .milliseconds(Int(settings.posting.callTimeoutSeconds * 1000)),
                    callGate: gate, logger: logger)
                clients[kind.code] = kind.makeClient(environment: environment, connection: connection)
                callGates[kind.code] = gate
            } else {
                unconfigured[kind.code] = "not configured: set \(missing.joined(separator: ", ")) in the environment"
            }
        }
        return (clients, unconfigured, callGates)
    }

    /// The HTTP client every carrier (and Mirakl) shares: a carrier that refuses connections fails a call within the connect
    /// timeout (not the whole call timeout), and the pool has a connection for every call allowed in flight.
    package static func httpClient(settings: Settings) -> HTTPClient {
        var http = HTTPClient.Configuration()
        http.timeout.connect = .milliseconds(Int64(settings.posting.connectTimeoutSeconds * 1000))
        http.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(
            settings.posting.concurrency, settings.mirakl.maxCallsInFlight,
            settings.carriers.values.map(\.maxCallsInFlight).max() ?? 0)
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
    }
}
