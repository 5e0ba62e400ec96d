import CSV
import Foundation
import OrchestratorTesting
import Settings
import Simulators
import Testing

/// The review files as their reviewers open them: a root made by `init` for their spreadsheet, a run of a realistic
/// export (accents, postcodes with leading zeros, numeric-looking ids, decimal weights and amounts, a rejected and a
/// failed order), then every outbox CSV opened in LibreOffice the way Excel opens a double-clicked CSV in that locale,
/// and every `.xlsx` twin opened as a workbook.
///
/// What each file means is what a program reads from the CSV.
@Suite(
    .serialized, .withLibreOffice,
    .onTheSQLiteHalfOnly("the review files are written alike on either ledger, and LibreOffice takes seconds"))
struct ReviewSpreadsheetTests {
    static let numberColumns: Set = ["packages", "weight_kg", "total_amount", "retry_count", "line", "duration_ms"]
    static let dateColumns: Set = [
        "created_at", "updated_at", "mirakl_tracking_updated", "mirakl_ship_updated", "carrier_status_at",
    ]
    static let linkColumns: Set = ["tracking_url", "label_path"]

    /// Orders of every kind a reviewer meets.
    ///
    /// OnTime refuses every booking here, so light Spanish parcels fail.
    static let export =
        ExportGenerator.header
        + "0012345678;0012345678-1;SHIPPING;SKU-0042;Camiseta algodón;1;64.75;EUR;=Ana;Núñez Peña;"
        + "Carrer de Provença 12;08014;Barcelona;ES;+34 612 345 678;2.5\n"
        + "12345678901234567890;12345678901234567890-1;SHIPPING;007;Taza «azul»;2;39.80;EUR;Jordi;Puig i Ferrer;"
        + "Carrer de Sant Miquel 3;07001;Palma;ES;0034971000000;0.6\n"
        + "MKP-3-A;MKP-3-A-1;SHIPPING;SKU-3;Libro;1;1234.5;EUR;Inês;Gonçalves;Rua Augusta 274;1100-053;Lisboa;PT;"
        + "912345678;1.25\n"
        + "MKP-4-A;MKP-4-A-1;SHIPPING;SKU-4;Lámpara;x;10.00;EUR;Zoë;Müller;Calle Mayor 1;28013;Madrid;ES;910000000;1\n"

    @Test func aSpanishSpreadsheetReadsEveryFileAsMeant() async throws {
        try await withRun(spreadsheet: "es-ES") { harness in
            let csvs = try expectCSVsRead(harness, as: .spain, delimiter: ";")
            #expect(csvs.contains("orders_view.csv") && csvs.count == 5, "\(csvs)")
            try expectTwinsRead(harness)
        }
    }

    @Test func aFrenchSpreadsheetReadsEveryFileAsMeant() async throws {
        try await withRun(spreadsheet: "fr-FR") { harness in
            _ = try expectCSVsRead(harness, as: .france, delimiter: ";")
        }
    }

    @Test func anEnglishSpreadsheetReadsARootMadeForIt() async throws {
        try await withRun(spreadsheet: "en-US") { harness in
            _ = try expectCSVsRead(harness, as: .unitedStates, delimiter: ",")
        }
    }

    /// A root made by `init --spreadsheet` (its sender set and files taken at once, as a user would before a
    /// test), a run of the export, then `body`.
    private func withRun(spreadsheet: String, _ body: (Harness) async throws -> Void) async throws {
        try await Harness.with(ontime: .init(faultRate: 1, faults: [.carrierPermanent])) { harness in
            let configuration = harness.root.layout.path("orchestrator.yml")
            try FileManager.default.removeItem(atPath: configuration)
            let made = try await harness.binary.run(["init", "--root", harness.root.path, "--spreadsheet", spreadsheet])
            #expect(made.exitCode == 0, "\(made.standardError)")
            let written = try String(contentsOfFile: configuration, encoding: .utf8)
            #expect(written.contains("spreadsheet: \(spreadsheet)"))
            let ownSettings = [
                ("name: Sandbox Seller", "name: Tienda de Pruebas S.L."),
                ("street: Calle de Alcalá 1", "street: Carrer de Provença 200"), ("\"28014\"", "\"08036\""),
                ("city: Madrid", "city: Barcelona"), ("\"910000000\"", "\"930000000\""),
                ("settle_seconds: 5", "settle_seconds: 0"),
            ]
            try ownSettings.reduce(written) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
                .write(toFile: configuration, atomically: true, encoding: .utf8)
            try harness.root.drop("pedidos-lunes.csv", Self.export)

            let outcome = try await harness.run()

            try #require(
                outcome.exitCode == 1, "OnTime refused its order: \(outcome.standardOutput) \(outcome.standardError)")
            try await body(harness)
        }
    }

    /// Opens every outbox CSV as `excel` does: each splits into its columns, every number is the same number and every
    /// text the same text.
    ///
    /// Digit strings are left to the twins: no CSV can keep `08014` from a spreadsheet. The names of the files opened.
    private func expectCSVsRead(
        _ harness: Harness, as excel: LibreOffice.ExcelDoubleClick, delimiter: Character
    ) throws -> [String] {
        let paths = try outboxCSVs(harness)
        let opened = try LibreOffice.openCSVs(paths, as: excel)
        for path in paths {
            let name = (path as NSString).lastPathComponent
            let meant = try readAsAProgram(path, delimiter: delimiter)
            let sheet = try #require(opened[name]).sheet
            #expect(sheet.rows.first?.map(\.text) == meant.first, "\(name) \(excel): the header splits into columns")
            #expect(sheet.rows.count == meant.count, "\(name) \(excel): every row")
            for (rowIndex, row) in meant.enumerated().dropFirst() {
                for (column, value) in row.enumerated() where !value.isEmpty {
                    let header = meant[0][column]
                    let cell =
                        rowIndex < sheet.rows.count && column < sheet.rows[rowIndex].count
                        ? sheet.rows[rowIndex][column] : FlatODS.Cell()
                    let place = "\(name) \(excel) row \(rowIndex) \(header) '\(value)'"
                    if Self.numberColumns.contains(header) {
                        let number = Double(value.replacingOccurrences(of: ",", with: "."))
                        #expect(cell.number != nil && cell.number == number, "\(place): read \(cell)")
                    } else if !value.allSatisfy(\.isNumber) {
                        #expect(cell.type != "float" && cell.text == value, "\(place): read \(cell)")
                    }
                }
            }
        }
        return paths.map { ($0 as NSString).lastPathComponent }
    }

    /// Opens the twins of the orders view and of the results and rejects files: the same rows and columns as their
    /// CSVs, ids and postcodes exact, numbers and moments typed, links that open, rows that need a person marked.
    private func expectTwinsRead(_ harness: Harness) throws {
        let csvs = try outboxCSVs(harness).filter { !$0.contains("/tracking/") && !$0.hasSuffix("operations.csv") }
        let twins = csvs.map { ($0 as NSString).deletingPathExtension + ".xlsx" }
        let opened = try LibreOffice.openWorkbooks(twins)
        for (csv, twin) in zip(csvs, twins) {
            let name = (twin as NSString).lastPathComponent
            let meant = try readAsAProgram(csv, delimiter: ";")
            let sheet = try #require(opened[name]).sheet
            #expect(sheet.rows.first?.map(\.text) == meant.first, "\(name): the CSV's columns")
            #expect(sheet.rows.count == meant.count, "\(name): the CSV's rows")
            #expect(sheet.hasFilters, "\(name): filters on")
            for (rowIndex, row) in meant.enumerated().dropFirst() where rowIndex < sheet.rows.count {
                let cells = sheet.rows[rowIndex]
                let record = Dictionary(uniqueKeysWithValues: zip(meant[0], row))
                let needsAPerson = ["REJECTED", "FAILED_POST"].contains(record["internal_state"] ?? record["state"])
                #expect(
                    cells.allSatisfy { $0.background != nil } == needsAPerson
                        && (needsAPerson || cells.allSatisfy { $0.background == nil }),
                    "\(name) row \(rowIndex): marked only when it needs a person")
                for (column, value) in row.enumerated() where !value.isEmpty {
                    let header = meant[0][column]
                    let cell = column < cells.count ? cells[column] : FlatODS.Cell()
                    let place = "\(name) row \(rowIndex) \(header) '\(value)'"
                    if Self.numberColumns.contains(header) {
                        #expect(cell.number == Double(value.replacingOccurrences(of: ",", with: ".")), "\(place)")
                    } else if Self.dateColumns.contains(header) {
                        #expect(cell.type == "date" && cell.value.map { $0 + "Z" } == value, "\(place): \(cell)")
                    } else if Self.linkColumns.contains(header) {
                        #expect(cell.formula?.contains("HYPERLINK") == true && cell.text == value, "\(place): \(cell)")
                    } else {
                        // The CSV's formula guard is the CSV's: a typed text cell shows `=Ana` as it is.
                        let text = value.hasPrefix("'=") ? String(value.dropFirst()) : value
                        #expect(cell.type == "string" && cell.text == text, "\(place): \(cell)")
                    }
                }
            }
        }
        let view = try #require(opened["orders_view.xlsx"]).sheet.records
        let ids = view.compactMap { $0["order_id"]?.text }
        #expect(Set(ids).isSuperset(of: ["0012345678", "12345678901234567890"]))
        #expect(view.contains { $0["consignee_postal_code"]?.text == "08014" })
        #expect(view.contains { $0["consignee_postal_code"]?.text == "07001" })
        let label = try #require(view.first { $0["order_id"]?.text == "0012345678" }?["label_path"]?.formula)
        #expect(label.contains("\"labels/tipsa/"), "a label's link opens from outbox/: \(label)")
    }

    /// Every CSV under `outbox/`, each checked to begin with a BOM.
    private func outboxCSVs(_ harness: Harness) throws -> [String] {
        let paths = harness.root.csvFiles(under: "outbox").map { harness.root.layout.path("outbox/" + $0) }
        for path in paths {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: [0xEF, 0xBB, 0xBF]), "\(path)")
        }
        return paths
    }

    private func readAsAProgram(_ path: String, delimiter: Character) throws -> [[String]] {
        var rows: [[String]] = []
        try CSVReader(path: path, delimiter: delimiter.asciiValue ?? 0).forEachRecord { rows.append($0.fields) }
        return rows
    }
}
