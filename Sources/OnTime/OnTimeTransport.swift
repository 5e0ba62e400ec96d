import AsyncHTTPClient
import Foundation
import Logging
import RemoteCalls

/// The four OnTime (Alertran GTS) endpoints the adapter uses, below the base URL.
package enum OnTimeEndpoint: String, Sendable, CaseIterable {
    case documentarEnvio = "documentarEnvio/json"
    case entregaRecogidas = "entregaRecogedorService/entregaRecogidas"
    case detalles = "detalleExpedicioneService/detalles"
    case etiquetar = "etiquetarService/etiquetar"

    /// The operation's name in messages and logs.
    var operation: String {
        switch self {
        case .documentarEnvio: "documentarEnvio"
        case .entregaRecogidas: "entregaRecogidas"
        case .detalles: "detalles"
        case .etiquetar: "etiquetar"
        }
    }

    /// The keys each result of the answer is wrapped under, every spelling OnTime is known to use.
    package var replyKeys: [String] {
        switch self {
        case .documentarEnvio: ["respuestaDocuemtarEnvio", "respuestaDocumentarEnvio"]
        case .entregaRecogidas: ["respuestaEntregaRecogida"]
        case .detalles: ["respuestaDetalleExpediciones"]
        case .etiquetar: ["respuestaEtiquetar"]
        }
    }
}

/// Posts JSON to OnTime with HTTP Basic auth and reads the answer's results.
///
/// HTTP-level outcomes follow `HTTPTransport`'s table (timeouts, resets, 5xx, 429 with `Retry-After`, bodies
/// that are not an OnTime answer: transient; 401/403/404: unavailable; other 4xx: permanent). What a `KO` result
/// means is `OnTimeRefusal`'s table.
struct OnTimeTransport: Sendable {
    var account: OnTimeAccount
    var http: HTTPTransport

    init(
        baseURL: String, account: OnTimeAccount, httpClient: HTTPClient, callTimeout: Duration, callGate: CallGate,
        logger: Logger
    ) {
        self.account = account
        http = HTTPTransport(
            baseURL: baseURL, service: "ontime", serviceName: "OnTime", urlVariable: "ONTIME_URL",
            httpClient: httpClient, callTimeout: callTimeout, callGate: callGate, logger: logger)
    }

    /// The results of one call, in OnTime's order.
    func call(_ endpoint: OnTimeEndpoint, body: Data) async throws(CallError) -> [OnTimeReply] {
        let reply = try await http.post(
            endpoint.rawValue,
            headers: [
                ("Content-Type", "application/json"), ("Accept", "application/json"),
                ("Authorization", account.basicAuthorization),
            ],
            body: Array(body), operation: endpoint.operation)
        if let error = http.statusError(reply, operation: endpoint.operation) { throw error }
        guard let results = OnTimeReply.replies(in: reply.body, keys: endpoint.replyKeys) else {
            throw http.unreadableBody(
                reply, operation: endpoint.operation, expected: "an OnTime \(endpoint.operation) answer")
        }
        return results
    }
}
