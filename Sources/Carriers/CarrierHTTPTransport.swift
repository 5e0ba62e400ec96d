import AsyncHTTPClient
import Foundation
import Logging
import NIOHTTP1

/// One HTTP POST to a carrier under the call deadline, and what its HTTP-level outcome means.
///
/// Each adapter wraps it with its own wire format (TIPSA's SOAP envelopes, OnTime's JSON) and reads the carrier's own
/// refusals itself.
///
/// HTTP-level outcomes, the one table every adapter shares:
///
/// | outcome                                                 | kind          |
/// |---------------------------------------------------------|---------------|
/// | connection refused/reset, timeout (`callTimeout`)       | `transient`   |
/// | HTTP 5xx, HTTP 429 (+ `Retry-After` seconds)            | `transient`   |
/// | a 2xx body the adapter cannot read (`unreadableBody`)   | `transient`   |
/// | HTTP 401, 403, 404 (wrong URL or access refused)        | `unavailable` |
/// | other HTTP 4xx                                          | `permanent`   |
///
/// No message holds a header or a body sent, so credentials never reach an error.
package struct CarrierHTTPTransport: Sendable {
    package static let maxResponseBytes = 32 * 1024 * 1024

    /// The carrier's endpoint as configured (`TIPSA_URL`, `ONTIME_URL`); paths are appended to it.
    package var baseURL: String
    /// The carrier's code (`tipsa`).
    package var carrierCode: String
    /// The carrier's name as messages say it (`TIPSA`, `OnTime`).
    package var carrierName: String
    /// The environment variable holding the base URL, named when the carrier refuses the call.
    package var urlVariable: String
    package var httpClient: HTTPClient
    package var callTimeout: Duration
    /// The carrier's limits on calls in flight and per second, shared by every call to it.
    package var callGate: CallGate
    package var logger: Logger

    package init(
        baseURL: String, carrierCode: String, carrierName: String, urlVariable: String, httpClient: HTTPClient,
        callTimeout: Duration, callGate: CallGate, logger: Logger
    ) {
        self.baseURL = baseURL
        self.carrierCode = carrierCode
        self.carrierName = carrierName
        self.urlVariable = urlVariable
        self.httpClient = httpClient
        self.callTimeout = callTimeout
        self.callGate = callGate
        self.logger = logger
    }

    /// `baseURL` + `/` + `path`, whether or not the configured URL ends with a slash.
    package func url(_ path: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/\(path)"
    }

    /// Posts `body` to `url(path)` and returns whatever HTTP answer came back, good or bad; only a call that got no
    /// answer (refused, reset, timed out) throws.
    package func post(
        _ path: String, headers: [(name: String, value: String)], body: [UInt8], operation: String
    ) async throws(CarrierError) -> HTTPReply {
        try await send(.POST, path, headers: headers, body: body, operation: operation)
    }

    /// Sends `method` to `url(path)` (a path that may carry a query) with `body` (sent with its length, an empty one
    /// as `Content-Length: 0`), and returns whatever HTTP answer came back; only a call that got no answer throws.
    package func send(
        _ method: HTTPMethod, _ path: String, headers: [(name: String, value: String)], body: [UInt8]?,
        operation: String
    ) async throws(CarrierError) -> HTTPReply {
        var request = HTTPClientRequest(url: url(path))
        request.method = method
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        if let body { request.body = .bytes(body) }

        let reply = try await callGate.run { [request] () async throws(CarrierError) -> HTTPReply in
            let started = ContinuousClock.now
            do {
                let response = try await httpClient.execute(
                    request, timeout: .milliseconds(timeoutMilliseconds), logger: logger)
                let buffer = try await response.body.collect(upTo: Self.maxResponseBytes)
                let latency = ContinuousClock.now - started
                CallMetrics.record(endpoint: carrierCode, status: response.status.code, latency: latency)
                await callGate.record(
                    [429, 503].contains(response.status.code)
                        ? .pushedBack(reason: "HTTP \(response.status.code)") : .answered(latency: latency))
                return HTTPReply(
                    status: response.status.code, headers: response.headers.map { ($0.name, $0.value) },
                    body: Data(buffer.readableBytesView))
            } catch {
                let (failure, isTimeout) = transportError(
                    error, operation: operation, elapsed: ContinuousClock.now - started)
                CallMetrics.record(endpoint: carrierCode, status: nil, latency: ContinuousClock.now - started)
                if isTimeout { await callGate.record(.pushedBack(reason: "a call timed out")) }
                throw failure
            }
        }
        logger.debug(
            "\(carrierName) answered",
            metadata: [
                "carrier.code": "\(carrierCode)", "carrier.operation": "\(operation)", "http.status": "\(reply.status)",
            ])
        return reply
    }

    /// The error an HTTP status means by the table above; nil for 2xx.
    package func statusError(_ reply: HTTPReply, operation: String) -> CarrierError? {
        switch reply.status {
        case 200..<300:
            return nil
        case 429:
            return CarrierError(
                kind: .transient, carrierCode: carrierCode, code: "HTTP 429",
                message: "\(operation): \(carrierName) is rate limiting", retryAfterSeconds: reply.retryAfterSeconds)
        case 401, 403, 404:
            return CarrierError(
                kind: .unavailable, carrierCode: carrierCode, code: "HTTP \(reply.status)",
                message: "\(operation): \(carrierName) refused the call (check \(urlVariable) and access)")
        case 400..<500:
            return CarrierError(
                kind: .permanent, carrierCode: carrierCode, code: "HTTP \(reply.status)",
                message: "\(operation): \(carrierName) rejected the request")
        default:
            return CarrierError(
                kind: .transient, carrierCode: carrierCode, code: "HTTP \(reply.status)",
                message: "\(operation): \(carrierName) answered HTTP \(reply.status)")
        }
    }

    /// A 2xx answer the adapter could not read: most likely a proxy's or a half-deployed server's page, not a verdict
    /// on the request.
    package func unreadableBody(_ reply: HTTPReply, operation: String, expected: String) -> CarrierError {
        CarrierError(
            kind: .transient, carrierCode: carrierCode,
            message: "\(operation): \(carrierName) answered \(reply.body.count) bytes that are not \(expected)")
    }

    private var timeoutMilliseconds: Int64 {
        let (seconds, attoseconds) = callTimeout.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// The error a call that got no answer comes to, and whether it timed out.
    private func transportError(
        _ error: any Error, operation: String, elapsed: Duration
    ) -> (CarrierError, isTimeout: Bool) {
        let isTimeout: Bool
        if let httpError = error as? HTTPClientError,
            [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(httpError)
        {
            isTimeout = true
        } else {
            isTimeout = elapsed >= callTimeout
        }
        let message =
            isTimeout
            ? "\(operation) timed out after \(callTimeout)"
            : "\(operation) failed to reach \(carrierName): \(String(describing: error).prefix(200))"
        return (CarrierError(kind: .transient, carrierCode: carrierCode, message: message), isTimeout)
    }
}

/// An HTTP answer from a carrier, read whole.
package struct HTTPReply: Sendable {
    package var status: UInt
    package var headers: [(name: String, value: String)]
    package var body: Data

    package init(status: UInt, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, by case-insensitive name.
    package func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// `Retry-After` in seconds from now, given as a number of seconds or as an HTTP date (RFC 9110 §10.2.3).
    package var retryAfterSeconds: Double? { retryAfterSeconds(now: Date()) }

    func retryAfterSeconds(now: Date) -> Double? {
        guard let value = header("Retry-After")?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        return HTTPDate.parse(value).map { max(0, $0.timeIntervalSince(now)) }
    }
}
