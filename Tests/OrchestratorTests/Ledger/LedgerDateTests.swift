import Foundation
import Testing

@testable import Ledger

/// Dates go into the ledger as text and come back as dates, whichever version of the program wrote them.
@Suite struct LedgerDateTests {
    @Test func aRunsStartComesBackToTheMillisecond() throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let started = Date(timeIntervalSince1970: 1_796_000_000.123)

        _ = try temporary.ledger.beginRun(stamp: "20261130T120000Z", at: started)

        let latest = try #require(try temporary.ledger.latestRuns(limit: 1).first)
        #expect(abs(latest.startedAt.timeIntervalSince(started)) < 0.0005)
    }

    @Test(arguments: [
        ("2026-11-30 12:34:56.789", 1_796_042_096.789), ("2026-11-30 12:34:56", 1_796_042_096.0),
        ("2026-11-30T12:34:56.789", 1_796_042_096.789),
    ])
    func datesWrittenAsTextByEarlierVersionsRead(_ text: String, _ seconds: Double) throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        try writeRun(startedAt: text, in: temporary)

        let latest = try #require(try temporary.ledger.latestRuns(limit: 1).first)

        #expect(abs(latest.startedAt.timeIntervalSince1970 - seconds) < 0.0005, "\(text)")
    }

    @Test(arguments: ["30/11/2026 12:34", "2026-11-30", "2026-11-30 12:34:56.7", "2026-1a-30 12:34:56.789", ""])
    func aDateTheLedgerCannotReadIsAnErrorNamingTheColumn(_ text: String) throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        try writeRun(startedAt: text, in: temporary)

        let error = #expect(throws: LedgerError.self) { _ = try temporary.ledger.latestRuns(limit: 1) }

        #expect(error?.description.contains("started_at") == true, "\(String(describing: error))")
    }

    /// A run row written with its date as text, as another program or version would.
    private func writeRun(startedAt text: String, in temporary: TemporaryLedger) throws {
        try temporary.ledger.write("write a run") { db in
            try db.execute("INSERT INTO run (stamp, started_at) VALUES ('later', ?)", text)
        }
    }
}
