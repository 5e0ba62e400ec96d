import AsyncHTTPClient
import Logging

/// What a client of a remote API (a carrier, Mirakl) is given to make its calls: the HTTP client, the deadline of
/// one call, the API's call limits, the logger.
package struct RemoteConnection: Sendable {
    package var httpClient: HTTPClient
    package var callTimeout: Duration
    package var callGate: CallGate
    package var logger: Logger

    package init(httpClient: HTTPClient, callTimeout: Duration, callGate: CallGate, logger: Logger) {
        self.httpClient = httpClient
        self.callTimeout = callTimeout
        self.callGate = callGate
        self.logger = logger
    }
}
