import ArgumentParser
import Foundation

/// Stops a command with one of the documented exit codes (docs/reference/exit-codes.md) and a message for
/// standard error.
struct CommandFailure: Error, CustomStringConvertible {
    /// 1: done, but not all of it (orders rejected or failed, a carrier or the ledger's database out of reach).
    static let partlyDone: Int32 = 1
    /// 2: usage or configuration error.
    static let usage: Int32 = 2
    /// 3: another run holds the lock.
    static let locked: Int32 = 3
    /// 4: fatal (ledger unreadable, disk full).
    static let fatal: Int32 = 4

    var exitCode: Int32
    var message: String

    var description: String { message }

    static func usage(_ message: String) -> CommandFailure { CommandFailure(exitCode: usage, message: message) }
    static func fatal(_ message: String) -> CommandFailure { CommandFailure(exitCode: fatal, message: message) }
}
