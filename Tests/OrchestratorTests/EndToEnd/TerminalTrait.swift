import Foundation
import OrchestratorTesting
import Testing

extension Trait where Self == ConditionTrait {
    /// A test of what a person sees at a terminal: skipped, saying so, where no pseudo-terminal can be opened.
    static var needsATerminal: Self {
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: BuiltBinary.terminalOpener),
            "needs util-linux's script, which opens a pseudo-terminal")
    }
}
