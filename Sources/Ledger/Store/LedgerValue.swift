import Foundation

/// A value bound to a ledger statement or read from its result: what SQLite and PostgreSQL have in common.
///
/// Dates are text (`LedgerDate`), booleans integers.
package enum LedgerValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// What kind of value it is, for an error message (the value itself may be personal data).
    var kind: String {
        switch self {
        case .null: "NULL"
        case .integer: "an integer"
        case .real: "a real"
        case .text: "text"
        }
    }
}

/// A Swift type the ledger stores as one `LedgerValue`.
package protocol LedgerValueConvertible {
    var ledgerValue: LedgerValue { get }
    /// Nil when `value` does not hold this type (a programming error in the query that read it).
    init?(ledgerValue value: LedgerValue)
}

extension String: LedgerValueConvertible {
    package var ledgerValue: LedgerValue { .text(self) }
    package init?(ledgerValue value: LedgerValue) {
        guard case .text(let text) = value else { return nil }
        self = text
    }
}

extension Int64: LedgerValueConvertible {
    package var ledgerValue: LedgerValue { .integer(self) }
    package init?(ledgerValue value: LedgerValue) {
        guard case .integer(let number) = value else { return nil }
        self = number
    }
}

extension Int: LedgerValueConvertible {
    package var ledgerValue: LedgerValue { .integer(Int64(self)) }
    package init?(ledgerValue value: LedgerValue) {
        guard case .integer(let number) = value else { return nil }
        self = Int(number)
    }
}

extension Double: LedgerValueConvertible {
    package var ledgerValue: LedgerValue { .real(self) }
    package init?(ledgerValue value: LedgerValue) {
        switch value {
        case .real(let number): self = number
        case .integer(let number): self = Double(number)
        default: return nil
        }
    }
}

extension Bool: LedgerValueConvertible {
    package var ledgerValue: LedgerValue { .integer(self ? 1 : 0) }
    package init?(ledgerValue value: LedgerValue) {
        guard case .integer(let number) = value else { return nil }
        self = number != 0
    }
}

/// Stored as `LedgerDate` text, which sorts as the dates do.
extension Date: LedgerValueConvertible {
    package var ledgerValue: LedgerValue { .text(LedgerDate.text(self)) }
    package init?(ledgerValue value: LedgerValue) {
        guard case .text(let text) = value, let date = LedgerDate.date(text) else { return nil }
        self = date
    }
}

/// NULL for nil; reading NULL gives nil.
extension Optional: LedgerValueConvertible where Wrapped: LedgerValueConvertible {
    package var ledgerValue: LedgerValue { map { $0.ledgerValue } ?? .null }
    package init?(ledgerValue value: LedgerValue) {
        if value == .null {
            self = .none
            return
        }
        guard let wrapped = Wrapped(ledgerValue: value) else { return nil }
        self = .some(wrapped)
    }
}
