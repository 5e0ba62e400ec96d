import Foundation

/// Colour on standard output, the way command-line tools agree on: only when it is a terminal, never with `NO_COLOR`
/// set to anything (https://no-color.org) nor on a `dumb` terminal.
///
/// A pipe, a file, cron's mail and the journal get plain text.
struct TerminalStyle {
    let isColoured: Bool

    static let standardOutput: TerminalStyle = {
        let environment = ProcessInfo.processInfo.environment
        return TerminalStyle(
            isColoured: isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
                && environment["TERM"] != "dumb")
    }()

    /// Red: what a person must act on.
    func problem(_ text: String) -> String { painted(text, code: "31") }

    /// Green: what is fine.
    func fine(_ text: String) -> String { painted(text, code: "32") }

    private func painted(_ text: String, code: String) -> String {
        isColoured ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
