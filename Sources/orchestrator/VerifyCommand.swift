import ArgumentParser
import Foundation
import JSONWriting
import Monitoring

/// `orchestrator verify`: the archive and the labels against the ledger; exit 1 on any problem.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Re-hash the archive against its sidecars and the ledger; check the labels.",
        discussion: """
            Re-hashes every file the ledger archived against the ledger and its `.sha256` (or checks its \
            `.error.txt`), reports files missing, changed, or in the archive without the ledger having put them \
            there (set-aside duplicates and files being taken apart), and every label the ledger names that is \
            missing: one line per problem, then the counts. `--format json` prints one object: `files_checked`, \
            `labels_checked` and `problems`, an array of objects with `kind` (missing, changed or extra), `path` \
            (relative to the root) and `detail`.

            Exit: 0 no problem; 1 a problem; 4 the ledger cannot be read.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        let report = try await Session.with(options, access: .shared) { session in
            try ArchiveVerification(layout: session.layout, ledger: session.ledger).run()
        }
        switch format {
        case .text:
            let style = TerminalStyle.standardOutput
            for problem in report.problems {
                print(style.problem(problem.kind.rawValue + ":") + " " + problem.subject)
            }
            print(
                "\(report.filesChecked) archived file(s) and \(report.labelsChecked) label(s) checked, "
                    + "\(report.problems.count) problem(s)")
        case .json:
            let object: [String: Any] = [
                "files_checked": report.filesChecked, "labels_checked": report.labelsChecked,
                "problems": report.problems.map(\.json),
            ]
            print(String(decoding: JSONWriter.data(object), as: UTF8.self))
        }
        throw ExitCode(report.problems.isEmpty ? 0 : 1)
    }
}
