import AsyncHTTPClient
import Carriers
import Foundation
import Logging

/// Posts one envelope to TIPSA and turns whatever comes back into a `SOAPResponse` or a `CarrierError`.
///
/// HTTP-level outcomes:
///
/// | outcome                                              | kind          |
/// |------------------------------------------------------|---------------|
/// | connection refused/reset, timeout (`callTimeout`)    | `transient`   |
/// | HTTP 5xx without a SOAP fault, HTTP 429 (+ Retry-After) | `transient` |
/// | a body that is not a SOAP envelope                    | `transient`   |
/// | HTTP 401, 403, 404 (wrong URL or access refused)      | `unavailable` |
/// | other HTTP 4xx                                        | `permanent`   |
/// | a SOAP fault (with HTTP 200 or 500)                   | see `TipsaFault` |
struct SOAPTransport: Sendable {
    static let carrierCode = "tipsa"
    static let maxResponseBytes = 32 * 1024 * 1024

    var baseURL: String
    var httpClient: HTTPClient
    var callTimeout: Duration
    var logger: Logger

    func url(for service: TipsaService) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/SOAP?service=\(service.rawValue)"
    }

    func send(_ envelope: SOAPEnvelope) async throws(CarrierError) -> SOAPResponse {
        var request = HTTPClientRequest(url: url(for: envelope.service))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "text/xml; charset=utf-8")
        request.headers.add(name: "SOAPAction", value: "\"\(envelope.soapAction)\"")
        request.body = .bytes(Array(envelope.xml.utf8))

        let status: UInt
        let headers: [(String, String)]
        let body: Data
        let started = ContinuousClock.now
        do {
            let response = try await httpClient.execute(request, timeout: .milliseconds(timeoutMilliseconds), logger: logger)
            status = response.status.code
            headers = response.headers.map { ($0.name, $0.value) }
            let buffer = try await response.body.collect(upTo: Self.maxResponseBytes)
            body = Data(buffer.readableBytesView)
        } catch {
            throw transportError(error, method: envelope.method, elapsed: ContinuousClock.now - started)
        }
        logger.debug(
            "TIPSA answered",
            metadata: ["carrier.code": "tipsa", "tipsa.method": "\(envelope.method)", "http.status": "\(status)"])
        return try interpret(status: status, headers: headers, body: body, method: envelope.method)
    }

    private var timeoutMilliseconds: Int64 {
        let (seconds, attoseconds) = callTimeout.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    private func transportError(_ error: any Error, method: String, elapsed: Duration) -> CarrierError {
        let message: String
        if let httpError = error as? HTTPClientError,
            [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(httpError)
        {
            message = "\(method) timed out after \(callTimeout)"
        } else if elapsed >= callTimeout {
            message = "\(method) timed out after \(callTimeout)"
        } else {
            message = "\(method) failed to reach TIPSA: \(String(describing: error).prefix(200))"
        }
        return CarrierError(kind: .transient, carrierCode: Self.carrierCode, message: message)
    }

    func interpret(status: UInt, headers: [(String, String)], body: Data, method: String) throws(CarrierError)
        -> SOAPResponse
    {
        if status == 429 {
            let retryAfter = headers.first { $0.0.lowercased() == "retry-after" }
                .flatMap { Double($0.1.trimmingCharacters(in: .whitespaces)) }
            throw CarrierError(
                kind: .transient, carrierCode: Self.carrierCode, code: "HTTP 429",
                message: "\(method): TIPSA is rate limiting", retryAfterSeconds: retryAfter)
        }
        // SOAP 1.1 servers may send a fault with HTTP 500: the fault says more than the status.
        let parsed = try? SOAPResponseReader.read(body)
        if let parsed, parsed.fault != nil { return parsed }
        switch status {
        case 200..<300:
            guard let parsed else {
                throw CarrierError(
                    kind: .transient, carrierCode: Self.carrierCode,
                    message: "\(method): TIPSA answered \(body.count) bytes that are not a SOAP envelope")
            }
            return parsed
        case 401, 403, 404:
            throw CarrierError(
                kind: .unavailable, carrierCode: Self.carrierCode, code: "HTTP \(status)",
                message: "\(method): TIPSA refused the call (check TIPSA_URL and access)")
        case 400..<500:
            throw CarrierError(
                kind: .permanent, carrierCode: Self.carrierCode, code: "HTTP \(status)",
                message: "\(method): TIPSA rejected the request")
        default:
            throw CarrierError(
                kind: .transient, carrierCode: Self.carrierCode, code: "HTTP \(status)",
                message: "\(method): TIPSA answered HTTP \(status)")
        }
    }
}
