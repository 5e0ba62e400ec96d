import RemoteCalls

/// A `resultado: KO` answer from OnTime, with what it means for the caller.
///
/// How refusals are classified — the one place this is decided:
///
/// | refusal                                                       | kind          | why                                  |
/// |---------------------------------------------------------------|---------------|--------------------------------------|
/// | `codigo_error` 4 (the WS user has no relation with that centre or client) | `unavailable` | misconfigured account: no order can pass |
/// | `codigo_error` 99, or a `mensaje` that says to try later (see `tryLaterWords`) | `transient` | assumption, see below |
/// | KO with neither a code nor a message                          | `transient`   | an unexplained server answer, not a verdict on the data |
/// | any other KO (bad postcode, missing field, …)                 | `permanent`   | OnTime validated the request and rejected it |
///
/// `codigo_error` 3 (not handed over yet) and 6 (no results) are answers, not failures, for the lookups
/// (`detalles`); the client handles them before asking for a `CallError`.
///
/// Assumptions (OnTime publishes no error table): only 3, 4 and 6 are known from public client code. OnTime's own
/// "try later" wording is not known; its Spanish phrasing is matched by words, and `99` is this project's choice for the
/// simulator's temporary error.
struct OnTimeRefusal: Sendable, Equatable {
    /// `codigo_error`, or empty.
    var code: String
    /// `mensaje`, or empty.
    var message: String

    static let notHandedOver = "3"
    static let noRelation = "4"
    static let noResults = "6"
    /// `detalles` found nothing, or nothing it may show yet: no shipment and no events, not an error.
    var meansNothingFound: Bool { code == Self.noResults || code == Self.notHandedOver }

    static let unavailableCodes: Set<String> = [noRelation]
    static let transientCodes: Set<String> = ["99"]
    static let tryLaterWords = [
        "más tarde", "mas tarde", "temporal", "inténtelo de nuevo", "intentelo de nuevo", "no disponible",
        "try later", "try again",
    ]

    var kind: CallError.Kind {
        if Self.unavailableCodes.contains(code) { return .unavailable }
        let text = message.lowercased()
        if Self.transientCodes.contains(code) || Self.tryLaterWords.contains(where: text.contains) { return .transient }
        if code.isEmpty && message.isEmpty { return .transient }
        return .permanent
    }

    func carrierError(operation: String) -> CallError {
        let text = message.isEmpty ? "\(operation): OnTime answered KO" : "\(operation): \(message)"
        return CallError(kind: kind, service: "ontime", code: code, message: text)
    }
}
