import CSV
import Foundation
import Ledger
import OrchestratorTesting
import Outbox
import Testing

/// `operations.csv` starts a new file each month: across the month's end, every row is in exactly one file, and
/// each file has its header.
@Suite struct OperationsRollOverTests {
    static func operation(_ message: String, at text: String) throws -> OperationRecord {
        OperationRecord(
            scope: .carrier, action: .createShipment, status: .ok, message: message, orderID: message,
            at: try Date(text, strategy: .iso8601))
    }

    /// A folder of its own for a test's `operations.csv` (its path) and its rolled-over files (`archive`).
    static func files() throws -> (folder: String, path: String, archive: String) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "operations-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (folder, folder + "/operations.csv", folder + "/operations")
    }

    @Test func theMonthsEndStartsANewFileAndLosesOrRepeatsNoRow() throws {
        let (folder, path, archive) = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = CSVWriter(dialect: CSVDialect(delimiter: ",", includesBOM: true))
        // A fixed clock: the last minutes of November, then the first of December, twice (a run that rolls once).
        let november = try Date("2026-11-30T23:58:00Z", strategy: .iso8601)
        let december = try Date("2026-12-01T00:01:00Z", strategy: .iso8601)

        try OperationsLog.rollOver(path, into: archive, now: november, writer: writer)
        try OperationsLog.append(
            [
                try Self.operation("N-1", at: "2026-11-30T23:57:00Z"),
                try Self.operation("N-2", at: "2026-11-30T23:58:00Z"),
            ],
            to: path, writer: writer)
        try OperationsLog.rollOver(path, into: archive, now: november, writer: writer)
        try OperationsLog.append([try Self.operation("N-3", at: "2026-11-30T23:59:59Z")], to: path, writer: writer)
        try OperationsLog.rollOver(path, into: archive, now: december, writer: writer)
        try OperationsLog.rollOver(path, into: archive, now: december, writer: writer)
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

    /// A root whose reviewers' spreadsheet changed (an upgrade to `es-ES`): the rows written before stay in a file
    /// of their own dialect, and the new ones start a file of the new, so both files split into their columns.
    @Test func aNewDialectStartsANewFile() throws {
        let (folder, path, archive) = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = CSVWriter(dialect: CSVDialect(delimiter: ",", includesBOM: true))
        let after = CSVWriter(dialect: CSVDialect(delimiter: ";", decimalMark: ",", includesBOM: true))
        let now = try Date("2026-12-07T10:00:00Z", strategy: .iso8601)

        try OperationsLog.append([try Self.operation("B-1", at: "2026-12-07T09:00:00Z")], to: path, writer: before)
        try OperationsLog.rollOver(path, into: archive, now: now, writer: before)
        try OperationsLog.append([try Self.operation("B-2", at: "2026-12-07T09:30:00Z")], to: path, writer: before)
        try OperationsLog.rollOver(path, into: archive, now: now, writer: after)
        try OperationsLog.rollOver(path, into: archive, now: now, writer: after)
        try OperationsLog.append([try Self.operation("A-1", at: "2026-12-07T10:00:00Z")], to: path, writer: after)

        let earlier = try readRecords(archive + "/operations-2026-12.csv")
        #expect(
            earlier.map(\.fields.count) == [10, 10, 10] && earlier.dropFirst().map { $0.fields[3] } == ["B-1", "B-2"])
        let current = try readRecords(path)
        #expect(current.map(\.fields.count) == [10, 10] && current.last?.fields[3] == "A-1")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("timestamp_iso;scope;"))
    }
}
