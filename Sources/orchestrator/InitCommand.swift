import ArgumentParser
import Foundation
import Settings
import Workspace

/// `orchestrator init`: the folder layout and a commented example configuration.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the folders and an example configuration under the root.",
        discussion: """
            Creates `inbox/`, `outbox/`, `archive/` and `logs/` under the root and writes `orchestrator.yml`, every \
            setting with its default and a comment, unless the file exists (then it is kept). Set `sender.*` before \
            the first real run: the placeholder sender books only with `--sandbox`.

            Exit: 0; 2 an unknown locale; 4 the folders cannot be made.
            """)

    @OptionGroup var options: CommonOptions

    @Option(
        help: ArgumentHelp(
            "The locale of the spreadsheet the outbox files are reviewed in.",
            valueName: "locale"))
    var spreadsheet = SpreadsheetLocale.esES

    func run() throws {
        let layout = options.layout
        do {
            try layout.createFolders()
        } catch {
            throw CommandFailure.fatal("cannot create the folders under \(layout.root): \(error.localizedDescription)")
        }
        let configPath = options.configPath.path
        if FileManager.default.fileExists(atPath: configPath) {
            print("kept the existing configuration \(configPath)")
        } else {
            do {
                guard
                    try AtomicFile.createExactly(
                        configPath, data: Data(ExampleConfiguration.text(spreadsheet: spreadsheet).utf8))
                else {
                    return
                }
            } catch {
                throw CommandFailure.fatal("\(error)")
            }
            print("wrote \(configPath)")
        }
        print("ready: drop Mirakl exports into \(layout.inbox), then run `orchestrator run --root \(layout.root)`")
        print(
            "before a real run (without --sandbox), set your pick-up address under sender: in the configuration: "
                + "runs refuse to book from the placeholder")
    }
}

extension SpreadsheetLocale: ExpressibleByArgument {
    package init?(argument: String) {
        self.init(tag: argument)
    }

    package static var allValueStrings: [String] { allCases.map(\.rawValue) }

    package var defaultValueDescription: String { rawValue }
}
