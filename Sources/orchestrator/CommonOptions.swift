import ArgumentParser
import Foundation
import Workspace

/// Options every command but `simulate` takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The root folder (default: $ORCHESTRATOR_ROOT, else the current directory).")
    var root: String?

    @Option(name: .long, help: "The configuration file (default: $ORCHESTRATOR_CONFIG, else <root>/orchestrator.yml).")
    var config: String?

    @Flag(name: .long, help: "Start the carrier simulators in-process and point every adapter at them (demo, tests).")
    var sandbox = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Start a new ledger when logs/ledger.sqlite is lost or damaged (a damaged one is kept beside it).",
            discussion: "For 7 days every order is then looked up at its carrier before it is booked."))
    var rebuildLedger = false

    @Flag(name: .long, help: "Print only errors and the summary.")
    var quiet = false

    @Flag(name: .long, help: "Also print log events on standard error.")
    var verbose = false

    /// A progress line on a terminal, unless told to be quiet or printing log lines.
    var wantsProgress: Bool { !quiet && !verbose }

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var layout: RootLayout {
        let root = self.root ?? environment["ORCHESTRATOR_ROOT"] ?? FileManager.default.currentDirectoryPath
        return RootLayout(root: (root as NSString).expandingTildeInPath)
    }

    /// The configuration file, and whether the user named it (then it must exist).
    var configPath: (path: String, isExplicit: Bool) {
        if let config { return (config, true) }
        if let config = environment["ORCHESTRATOR_CONFIG"], !config.isEmpty { return (config, true) }
        return (layout.path("orchestrator.yml"), false)
    }
}
