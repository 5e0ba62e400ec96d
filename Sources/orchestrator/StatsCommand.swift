import ArgumentParser
import CSV
import Foundation
import JSONWriting
import Monitoring

/// `orchestrator stats`: orders by state and carrier, success rate, rejections, waits, the last runs.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts, success rate, top rejections, waits to booking and confirmation, runs.",
        discussion: """
            For the orders first recorded since the date (all by default): orders by state and by carrier, the share \
            booked among those posting was tried on, the ten most frequent rejections (field and reason), the median \
            and 95th percentile of the wait from recording to booking and from booking to Mirakl's confirmation, and \
            the last ten runs (start, duration, exit code). `--format csv` has the columns section, key and value; \
            `--format json` is one object per section (`orders_by_state`, `orders_by_carrier`, `success`, \
            `rejections`, `wait_to_booking_s`, `wait_to_mirakl_s`, `runs`), each mapping keys to values as text.

            Exit: 0; 2 on a date it cannot read.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Only orders first recorded from this day or moment on (2026-11-30).")
    var since: String?

    @Option(name: .long, help: "table, csv or json.")
    var format: ListingFormat = .table

    func run() async throws {
        let from = try since.map(DateArgument.parse) ?? .distantPast
        try await Session.with(options, access: .shared) { session in
            let stats = try Statistics(ledger: session.ledger, since: from)
            switch format {
            case .table: print(table(stats))
            case .csv:
                let writer = session.settings.outbox.listingWriter
                var document = writer.header(["section", "key", "value"])
                for (section, key, value) in facts(stats) {
                    document.append(writer.row([.text(section), .text(key), .text(value)]))
                }
                FileHandle.standardOutput.write(document)
            case .json:
                var sections: [String: Any] = [:]
                for (section, key, value) in facts(stats) {
                    var entries = sections[section] as? [String: Any] ?? [:]
                    entries[key] = value
                    sections[section] = entries
                }
                print(String(decoding: JSONWriter.data(sections), as: UTF8.self))
            }
        }
    }

    /// Every figure as section, key and value: the CSV's rows and the JSON's members.
    private func facts(_ stats: Statistics) -> [(String, String, String)] {
        var facts: [(String, String, String)] = []
        facts += stats.byState.map { ("orders_by_state", $0.state, String($0.count)) }
        facts += stats.byCarrier.map {
            ("orders_by_carrier", $0.carrier.isEmpty ? "none" : $0.carrier, String($0.count))
        }
        facts.append(("success", "booked_share", stats.successRate.map { String(format: "%.4f", $0) } ?? ""))
        facts += stats.rejections.map { ("rejections", "\($0.field) \($0.reason)", String($0.count)) }
        for (name, wait) in [("wait_to_booking_s", stats.toBooking), ("wait_to_mirakl_s", stats.toConfirmation)] {
            facts.append((name, "orders", String(wait.count)))
            facts.append((name, "median", wait.median.map { String(format: "%.3f", $0) } ?? ""))
            facts.append((name, "p95", wait.percentile95.map { String(format: "%.3f", $0) } ?? ""))
        }
        facts += stats.runs.map { run in
            let duration =
                run.finishedAt.map { String(format: "%.1f s", $0.timeIntervalSince(run.startedAt)) } ?? "running"
            return (
                "runs", run.startedAt.formatted(.iso8601), "\(duration), exit \(run.exitCode.map(String.init) ?? "-")"
            )
        }
        return facts
    }

    private func table(_ stats: Statistics) -> String {
        func seconds(_ value: Double?) -> String { value.map { String(format: "%.1f s", $0) } ?? "-" }
        func wait(_ wait: Statistics.Wait) -> String {
            wait.count == 0
                ? "none yet"
                : "\(wait.count) order(s), median \(seconds(wait.median)), 95th percentile \(seconds(wait.percentile95))"
        }
        var lines = [since.map { "Orders first recorded since \($0)" } ?? "All orders"]
        lines.append("  by state:   " + stats.byState.map { "\($0.state) \($0.count)" }.joined(separator: ", "))
        lines.append(
            "  by carrier: "
                + stats.byCarrier.map { "\($0.carrier.isEmpty ? "none" : $0.carrier) \($0.count)" }
                .joined(separator: ", "))
        lines.append(
            "  booked among those tried: " + (stats.successRate.map { String(format: "%.1f %%", $0 * 100) } ?? "-"))
        lines.append("Rejections (most frequent first)")
        lines +=
            stats.rejections.isEmpty ? ["  none"] : stats.rejections.map { "  \($0.count)  \($0.field) \($0.reason)" }
        lines.append("Waits")
        lines.append("  recorded to booked: " + wait(stats.toBooking))
        lines.append("  booked to confirmed by Mirakl: " + wait(stats.toConfirmation))
        lines.append("Last runs")
        lines += facts(stats).filter { $0.0 == "runs" }.map { "  \($0.1)  \($0.2)" }
        return lines.joined(separator: "\n")
    }
}
