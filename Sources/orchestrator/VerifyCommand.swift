import ArgumentParser
import Foundation
import Monitoring

/// `orchestrator verify`: the archive and the labels against the ledger; exit 1 on any problem.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Re-hash the archive against its sidecars and the ledger; check the labels.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let session = try await Session.open(options, access: .shared)
        defer { Task { await session.close() } }
        let report: ArchiveVerification.Report
        do {
            report = try ArchiveVerification(layout: session.layout, ledger: session.ledger).run()
        } catch {
            throw CommandFailure.fatal("\(error)")
        }
        for problem in report.problems { print(problem) }
        print(
            "\(report.filesChecked) archived file(s) and \(report.labelsChecked) label(s) checked, "
                + "\(report.problems.count) problem(s)")
        throw ExitCode(report.problems.isEmpty ? 0 : 1)
    }
}
