import AsyncHTTPClient
import Foundation
import Logging
import RemoteCalls

/// Posts one envelope to TIPSA and turns whatever comes back into a `SOAPResponse` or a `CallError`.
///
/// HTTP-level outcomes follow `HTTPTransport`'s table (timeouts, 5xx, 429 and unreadable bodies transient;
/// 401/403/404 unavailable; other 4xx permanent), with one SOAP rule on top: a SOAP fault says more than the status
/// it came with (HTTP 200 or 500), so it is returned for `TipsaFault` to classify. Only a 429 wins over a fault.
struct SOAPTransport: Sendable {
    var http: HTTPTransport

    init(baseURL: String, httpClient: HTTPClient, callTimeout: Duration, callGate: CallGate, logger: Logger) {
        http = HTTPTransport(
            baseURL: baseURL, service: "tipsa", serviceName: "TIPSA", urlVariable: "TIPSA_URL",
            httpClient: httpClient, callTimeout: callTimeout, callGate: callGate, logger: logger)
    }

    func send(_ envelope: SOAPEnvelope) async throws(CallError) -> SOAPResponse {
        let reply = try await http.post(
            "SOAP?service=\(envelope.service.rawValue)",
            headers: [("Content-Type", "text/xml; charset=utf-8"), ("SOAPAction", "\"\(envelope.soapAction)\"")],
            body: Array(envelope.xml.utf8), operation: envelope.method)
        return try interpret(reply, method: envelope.method)
    }

    func interpret(_ reply: HTTPReply, method: String) throws(CallError) -> SOAPResponse {
        let parsed = try? SOAPResponseReader.read(reply.body)
        if reply.status != 429, let parsed, parsed.fault != nil { return parsed }
        if let error = http.statusError(reply, operation: method) { throw error }
        guard let parsed else { throw http.unreadableBody(reply, operation: method, expected: "a SOAP envelope") }
        return parsed
    }
}
