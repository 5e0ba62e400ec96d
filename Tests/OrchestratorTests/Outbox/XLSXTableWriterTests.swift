import Foundation
import Testing
import XLSX

/// The typed workbook as a spreadsheet opens it: LibreOffice reads each cell back.
@Suite(.serialized, .withLibreOffice)
struct XLSXTableWriterTests {
    private let folder = FileManager.default.temporaryDirectory.path + "/xlsx-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func cellsReadBackAsWhatTheyAre() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/typed.xlsx"
        let writer = try XLSXTableWriter(
            path: path, sheetName: "orders", header: ["id", "weight", "created", "link", "note"])
        let moment = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30T00:53:20Z
        try writer.append([
            .text("0012345678"), .number(2.5, decimals: 3), .dateTime(moment),
            .link(target: "https://t.example/?n=\"0123\"", text: "https://t.example/?n=\"0123\""),
            .text("=SUM(1;2)"),
        ])
        try writer.append(
            [
                .text("12345678901234567890"), .number(64.75, decimals: 2), .empty, .link(target: "", text: "no link"),
                .text("Núñez Peña, «Cien años»"),
            ], isHighlighted: true)
        try writer.close()

        let sheet = try #require(LibreOffice.openWorkbooks([path])["typed.xlsx"]).sheet
        #expect(sheet.name == "orders")
        #expect(sheet.rows.first?.map(\.text) == ["id", "weight", "created", "link", "note"])
        #expect(sheet.hasFilters)
        let (first, second) = (sheet.rows[1], sheet.rows[2])
        #expect(first[0].type == "string" && first[0].text == "0012345678")
        #expect(first[1].number == 2.5 && first[1].text == "2.500")
        #expect(first[2].type == "date" && first[2].value?.hasPrefix("2026-11-30T00:53:20") == true)
        #expect(first[3].formula?.contains("HYPERLINK") == true && first[3].text == "https://t.example/?n=\"0123\"")
        #expect(first[4].type == "string" && first[4].text == "=SUM(1;2)" && first[4].formula == nil)
        #expect(second[0].type == "string" && second[0].text == "12345678901234567890")
        #expect(second[1].number == 64.75)
        #expect(second[3].formula == nil && second[3].text == "no link")
        #expect(second[4].text == "Núñez Peña, «Cien años»")
        #expect(sheet.columnWidths.count >= 5 && sheet.columnWidths[4] > sheet.columnWidths[1], "\(sheet.columnWidths)")
        let sheetXML = try Shell.run("unzip -p '\(path)' xl/worksheets/sheet1.xml")
        #expect(
            sheetXML.output.contains(#"ySplit="1""#) && sheetXML.output.contains(#"state="frozen""#), "header frozen")
        #expect(first.allSatisfy { $0.background == nil })
        #expect(second.allSatisfy { $0.background?.lowercased() == "#ffc7ce" })
    }

    @Test func aSheetNameExcelRefusesIsAnErrorNamingItAndNoFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/refused.xlsx"
        #expect {
            _ = try XLSXTableWriter(path: path, sheetName: "orders/2026", header: ["n"])
        } throws: { error in
            "\(error)".contains("'orders/2026'") && "\(error)".contains(path)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Excel opens no sheet of more than 1,048,576 rows: the table goes on in a second sheet, header first, and no row
    /// is lost.
    ///
    /// A sheet of four rows stands for Excel's here.
    @Test func aTableLongerThanASheetGoesOnInTheNext() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/long.xlsx"
        let writer = try XLSXTableWriter(path: path, sheetName: "orders", header: ["n"], rowsPerSheet: 4)
        for number in 1...7 { try writer.append([.number(Double(number), decimals: 0)]) }
        try writer.close()

        let sheets = try #require(LibreOffice.openWorkbooks([path])["long.xlsx"]).sheets
        #expect(sheets.map(\.name) == ["orders", "orders (2)", "orders (3)"])
        #expect(sheets.map { $0.rows.first?.first?.text } == ["n", "n", "n"])
        #expect(sheets.flatMap { $0.rows.dropFirst().compactMap { $0.first?.number } } == [1, 2, 3, 4, 5, 6, 7])
        #expect(sheets.allSatisfy { $0.hasFilters })
    }
}
