import Foundation
import RemoteCalls

/// A SOAP fault from TIPSA: `<faultstring>N: mensaje</faultstring>`, with what it means for the caller.
///
/// How faults are classified — the one place this is decided:
///
/// | fault                                                   | kind          | why                                     |
/// |---------------------------------------------------------|---------------|-----------------------------------------|
/// | session gone (see `isSessionGone`)                      | re-login once, then `transient` | the session lapsed (15 min idle) |
/// | `1: Cliente o password incorrecto.`                     | `unavailable` | bad credentials: stop posting to TIPSA  |
/// | `7: La agencia de origen no existe o está inactiva`     | `unavailable` | misconfigured agency, no order can pass |
/// | `99: …` (assumed server-side "try later")                | `transient`   | assumption, see below                   |
/// | a faultstring without an `N:` number                    | `transient`   | an unclassified server exception, not a verdict on the data |
/// | any other `N: …` (e.g. `41: El código postal origen es nulo o no válido`) | `permanent` | TIPSA validated the request and rejected it |
///
/// Assumptions (no public source gives them): TIPSA's text for an expired or unknown session was not found in any
/// public client, issue or document. Dinapaq runs on RemObjects SDK (hence `ROClientIDHeader`), whose stock error is
/// "Session … could not be found"; the simulator answers `2: La sesión no es válida o ha caducado.`. Both are treated as
/// "session gone" by matching the text, not the number. TIPSA publishes no "try later" numbers; `99` is this project's
/// choice for the simulator's transient fault.
struct TipsaFault: Sendable, Equatable {
    /// `faultcode` (TIPSA always sends `Exception`).
    var faultCode: String
    /// The number before the colon, or empty when the faultstring has none.
    var number: String
    /// The text after `N: `, or the whole faultstring.
    var message: String

    static let unavailableNumbers: Set<String> = ["1", "7"]
    static let transientNumbers: Set<String> = ["99"]

    init(faultCode: String = "Exception", faultString: String) {
        self.faultCode = faultCode
        let trimmed = faultString.trimmingCharacters(in: .whitespacesAndNewlines)
        if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].isEmpty,
            trimmed[..<colon].allSatisfy(\.isNumber)
        {
            number = String(trimmed[..<colon])
            message = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        } else {
            number = ""
            message = trimmed
        }
    }

    /// The session ID was refused: expired, unknown or missing.
    ///
    /// Worth one fresh login.
    var isSessionGone: Bool {
        let text = message.lowercased()
        let mentionsSession = text.contains("sesión") || text.contains("sesion") || text.contains("session")
        return mentionsSession && !Self.unavailableNumbers.contains(number)
    }

    var kind: CallError.Kind {
        if Self.unavailableNumbers.contains(number) { return .unavailable }
        if number.isEmpty || Self.transientNumbers.contains(number) || isSessionGone { return .transient }
        return .permanent
    }

    func carrierError(carrierCode: String) -> CallError {
        CallError(kind: kind, service: carrierCode, code: number, message: message)
    }
}
