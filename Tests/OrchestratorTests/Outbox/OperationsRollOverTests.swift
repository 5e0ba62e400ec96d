import CSV
import Foundation
import Ledger
import Outbox
import Testing

/// `operations.csv` starts a new file each month: across the month's end, every row is in exactly one file, and
/// each file has its header.
@Suite struct OperationsRollOverTests {
    static func operation(_ message: String, at text: String) throws -> OperationRecord {
        OperationRecord(
            scope: .carrier, action: "create_shipment", status: .ok, message: message, orderID: message,
            at: try Date(text, strategy: .iso8601))
    }

    @Test func theMonthsEndStartsANewFileAndLosesOrRepeatsNoRow() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "operations-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/operations.csv"
        let archive = folder + "/operations"
        let writer = CSVWriter(dialect: CSVDialect(delimiter: ",", includesBOM: true))
        // A fixed clock: the last minutes of November, then the first of December, twice (a run that rolls once).
        let november = try Date("2026-11-30T23:58:00Z", strategy: .iso8601)
        let december = try Date("2026-12-01T00:01:00Z", strategy: .iso8601)

        try OperationsLog.rollOver(path, into: archive, now: november)
        try OperationsLog.append(
            [
                try Self.operation("N-1", at: "2026-11-30T23:57:00Z"),
                try Self.operation("N-2", at: "2026-11-30T23:58:00Z"),
            ],
            to: path, writer: writer)
        try OperationsLog.rollOver(path, into: archive, now: november)
        try OperationsLog.append([try Self.operation("N-3", at: "2026-11-30T23:59:59Z")], to: path, writer: writer)
        try OperationsLog.rollOver(path, into: archive, now: december)
        try OperationsLog.rollOver(path, into: archive, now: december)
        try OperationsLog.append([try Self.operation("D-1", at: "2026-12-01T00:00:30Z")], to: path, writer: writer)

        func orders(_ file: String) throws -> [String] {
            let rows = try readRecords(file)
            #expect(rows.first?.fields == OperationsLog.columns, "\(file) has its header")
            return rows.dropFirst().map { $0.fields[3] }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive) == ["operations-2026-11.csv"])
        #expect(try orders(archive + "/operations-2026-11.csv") == ["N-1", "N-2", "N-3"])
        #expect(try orders(path) == ["D-1"])
    }
}
