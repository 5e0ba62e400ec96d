/// One thing `orchestrator verify` found wrong: a file the ledger expects that is not there, one whose content is
/// not what was recorded, or one in the archive that the ledger never put there.
package struct VerificationProblem: Sendable, Equatable, CustomStringConvertible {
    package enum Kind: String, Sendable {
        case missing, changed, extra
    }

    package var kind: Kind
    /// Relative to the root.
    package var path: String
    /// What else a person needs to know, or empty.
    package var detail: String

    package init(_ kind: Kind, _ path: String, _ detail: String = "") {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    /// The line `verify` prints: `missing: archive/… (orders.csv, taken …)`.
    package var description: String { "\(kind.rawValue): \(subject)" }

    /// The path, and the detail in brackets.
    package var subject: String { path + (detail.isEmpty ? "" : " (\(detail))") }

    /// A member of `verify --format json`'s `problems`.
    package var json: [String: Any] { ["kind": kind.rawValue, "path": path, "detail": detail] }
}
