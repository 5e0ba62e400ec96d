import AsyncHTTPClient
import Foundation
import Logging
import NIOHTTP1

/// One HTTP call to a remote API (a carrier, Mirakl) under the call deadline, and what its HTTP-level outcome means.
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
package struct HTTPTransport: Sendable {
    package static let maxResponseBytes = 32 * 1024 * 1024

    /// The API's endpoint as configured (`TIPSA_URL`, `ONTIME_URL`, `MIRAKL_URL`); paths are appended to it.
    package var baseURL: String
    /// Who is called: a carrier's code (`tipsa`) or `mirakl`.
    package var service: String
    /// Its name as messages say it (`TIPSA`, `OnTime`, `Mirakl`).
    package var serviceName: String
    /// The environment variable holding the base URL, named when the API refuses the call.
    package var urlVariable: String
    package var httpClient: HTTPClient
    package var callTimeout: Duration
    /// The API's limits on calls in flight and per second, shared by every call to it.
    package var callGate: CallGate
    package var logger: Logger

    package init(
        baseURL: String, service: String, serviceName: String, urlVariable: String, httpClient: HTTPClient,
        callTimeout: Duration, callGate: CallGate, logger: Logger
    ) {
        self.baseURL = baseURL
        self.service = service
        self.serviceName = serviceName
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
    ) async throws(CallError) -> HTTPReply {
        try await send(.POST, path, headers: headers, body: body, operation: operation)
    }

    /// Sends `method` to `url(path)` (a path that may carry a query) with `body` (sent with its length, an empty one
    /// as `Content-Length: 0`), and returns whatever HTTP answer came back; only a call that got no answer throws.
    package func send(
        _ method: HTTPMethod, _ path: String, headers: [(name: String, value: String)], body: [UInt8]?,
        operation: String
    ) async throws(CallError) -> HTTPReply {
        var request = HTTPClientRequest(url: url(path))
        request.method = method
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        if let body { request.body = .bytes(body) }

        let reply = try await callGate.run { [request] () async throws(CallError) -> HTTPReply in
            let started = ContinuousClock.now
            do {
                let response = try await httpClient.execute(
                    request, timeout: .milliseconds(timeoutMilliseconds), logger: logger)
                let buffer = try await response.body.collect(upTo: Self.maxResponseBytes)
                let latency = ContinuousClock.now - started
                CallMetrics.record(endpoint: service, status: response.status.code, latency: latency)
                await callGate.record(
                    [429, 503].contains(response.status.code)
                        ? .pushedBack(reason: "HTTP \(response.status.code)") : .answered(latency: latency))
                return HTTPReply(
                    status: response.status.code, headers: response.headers.map { ($0.name, $0.value) },
                    body: Data(buffer.readableBytesView))
            } catch {
                let (failure, isTimeout) = transportError(
                    error, operation: operation, elapsed: ContinuousClock.now - started)
                CallMetrics.record(endpoint: service, status: nil, latency: ContinuousClock.now - started)
                if isTimeout { await callGate.record(.pushedBack(reason: "a call timed out")) }
                throw failure
            }
        }
        logger.debug(
            "\(serviceName) answered",
            metadata: [
                "carrier.code": "\(service)", "carrier.operation": "\(operation)", "http.status": "\(reply.status)",
            ])
        return reply
    }

    /// The error an HTTP status means by the table above; nil for 2xx.
    package func statusError(_ reply: HTTPReply, operation: String) -> CallError? {
        switch reply.status {
        case 200..<300:
            return nil
        case 429:
            return CallError(
                kind: .transient, service: service, code: "HTTP 429",
                message: "\(operation): \(serviceName) is rate limiting", retryAfterSeconds: reply.retryAfterSeconds)
        case 401, 403, 404:
            return CallError(
                kind: .unavailable, service: service, code: "HTTP \(reply.status)",
                message: "\(operation): \(serviceName) refused the call (check \(urlVariable) and access)")
        case 400..<500:
            return CallError(
                kind: .permanent, service: service, code: "HTTP \(reply.status)",
                message: "\(operation): \(serviceName) rejected the request")
        default:
            return CallError(
                kind: .transient, service: service, code: "HTTP \(reply.status)",
                message: "\(operation): \(serviceName) answered HTTP \(reply.status)")
        }
    }

    /// A 2xx answer the adapter could not read: most likely a proxy's or a half-deployed server's page, not a verdict
    /// on the request.
    package func unreadableBody(_ reply: HTTPReply, operation: String, expected: String) -> CallError {
        CallError(
            kind: .transient, service: service,
            message: "\(operation): \(serviceName) answered \(reply.body.count) bytes that are not \(expected)")
    }

    private var timeoutMilliseconds: Int64 {
        let (seconds, attoseconds) = callTimeout.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// The error a call that got no answer comes to, and whether it timed out.
    private func transportError(
        _ error: any Error, operation: String, elapsed: Duration
    ) -> (CallError, isTimeout: Bool) {
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
            : "\(operation) failed to reach \(serviceName): \(String(describing: error).prefix(200))"
        return (CallError(kind: .transient, service: service, message: message), isTimeout)
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
