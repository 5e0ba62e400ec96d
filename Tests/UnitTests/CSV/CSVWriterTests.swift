import CSV
import Foundation
import OrchestratorTesting
import Testing

@Suite("CSVWriter")
struct CSVWriterTests {
    private func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }

    private let plain = CSVWriter(dialect: CSVDialect(includesBOM: false))

    @Test(
        "quotes a cell holding the delimiter, a quote, CR or LF",
        arguments: [
            (CSVCell.text("plain"), "plain"),
            (.text("a,b"), "\"a,b\""),
            (.text("say \"hi\""), "\"say \"\"hi\"\"\""),
            (.text("two\nlines"), "\"two\nlines\""),
            (.text("cr\rhere"), "\"cr\rhere\""),
            (.text(" spaced "), " spaced "),
            (.text("a;b"), "a;b"),
            (.text(""), ""),
            (.number("1,5"), "\"1,5\""),
        ]
    )
    func quoting(cell: CSVCell, expected: String) {
        #expect(text(plain.row(["x", cell])) == "x,\(expected)\r\n")
    }

    @Test(
        "neutralises text a spreadsheet would run as a formula",
        arguments: [
            (CSVCell.text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\""),
            (.text("+1"), "'+1"),
            (.text("-2"), "'-2"),
            (.text("@a"), "'@a"),
            (.text("\tx"), "'\tx"),
            (.text("\rx"), "\"'\rx\""),
            (.text("a=b"), "a=b"),
            (.number("-2"), "-2"),
            (.number("+3.5"), "+3.5"),
        ]
    )
    func formulaNeutralisation(cell: CSVCell, expected: String) {
        #expect(text(plain.row([cell])) == expected + "\r\n")
    }

    @Test("a string literal is a text cell")
    func stringLiteralIsText() {
        let cell: CSVCell = "-2"
        #expect(cell == .text("-2"))
    }

    @Test("the BOM precedes the header only when asked")
    func byteOrderMark() {
        let withBOM = CSVWriter(dialect: CSVDialect())
        #expect(Array(withBOM.header(["a", "b"])) == [0xEF, 0xBB, 0xBF] + Array("a,b\r\n".utf8))
        #expect(Array(withBOM.row(["1", "2"])) == Array("1,2\r\n".utf8))
        #expect(Array(plain.header(["a", "b"])) == Array("a,b\r\n".utf8))
        let document = withBOM.document(header: ["a"], rows: [["1"], ["2"]])
        #expect(Array(document) == [0xEF, 0xBB, 0xBF] + Array("a\r\n1\r\n2\r\n".utf8))
        #expect(Array(plain.document(header: ["a"], rows: [["1"]])) == Array("a\r\n1\r\n".utf8))
    }

    @Test("a semicolon dialect separates and quotes on ';'")
    func semicolonDialect() {
        let writer = CSVWriter(dialect: CSVDialect(delimiter: ";", includesBOM: false))
        let data = writer.document(
            header: ["order_id", "total_amount", "message"],
            rows: [["A-1", .number("12,50"), "a;b, c"]]
        )
        #expect(text(data) == "order_id;total_amount;message\r\nA-1;12,50;\"a;b, c\"\r\n")
    }

    @Test("numbers take the dialect's decimal mark, text keeps its points, and no number gets a thousands mark")
    func decimalMark() {
        let writer = CSVWriter(dialect: CSVDialect(delimiter: ";", decimalMark: ",", includesBOM: false))
        let data = writer.document(
            header: ["weight_kg", "total_amount", "packages", "city"],
            rows: [[.number("2.500"), .number("1234.75"), .number("12000"), "St. Louis"], [.number(""), "", "", ""]])
        #expect(text(data) == "weight_kg;total_amount;packages;city\r\n2,500;1234,75;12000;St. Louis\r\n;;;\r\n")
        let commaSeparated = CSVWriter(dialect: CSVDialect(delimiter: ",", decimalMark: ",", includesBOM: false))
        #expect(text(commaSeparated.row([.number("2.5"), "x"])) == "\"2,5\",x\r\n")
    }

    @Test("a row of one empty cell is not written as a blank line")
    func loneEmptyCell() {
        #expect(text(plain.row([""])) == "\"\"\r\n")
    }

    @Test("writer then reader gives the same cells", arguments: [",", ";", "\t", "|"])
    func roundTrip(delimiter: Character) throws {
        let writer = CSVWriter(dialect: CSVDialect(delimiter: delimiter, includesBOM: true))
        let header = ["order_id", "name", "note", "amount"]
        let rows: [[CSVCell]] = [
            ["A-1", "José García", "a,b;c\td|e", .number("12.50")],
            ["A-2", "say \"hi\"", "two\r\nlines\nand one more", .number("-2")],
            ["A-3", " spaced ", "", .number("0")],
            ["A-4", "Zoë 😀 東京 €", "\"", .number("1e3")],
            [""],
        ]
        let file = try TemporaryCSVFile(Array(writer.document(header: header, rows: rows)))
        defer { file.remove() }
        let reader = try CSVReader(path: file.path)
        #expect(Character(Unicode.Scalar(reader.delimiter)) == delimiter)
        var records: [CSVRecord] = []
        try reader.forEachRecord { records.append($0) }
        let expected =
            [header]
            + rows.map { cells in
                cells.map { cell -> String in
                    switch cell {
                    case .text(let value), .number(let value): value
                    }
                }
            }
        #expect(records.map(\.fields) == expected)
        #expect(records.map(\.line) == [1, 2, 3, 6, 7, 8])
    }

    @Test("a neutralised cell reads back with its apostrophe, never as a formula")
    func neutralisedRoundTrip() throws {
        let data = plain.document(header: ["order_id"], rows: [["=HYPERLINK(\"http://x\")"], ["-2"], [.number("-2")]])
        let file = try TemporaryCSVFile(Array(data))
        defer { file.remove() }
        #expect(
            try readRecords(file.path).map(\.fields) == [
                ["order_id"], ["'=HYPERLINK(\"http://x\")"], ["'-2"], ["-2"],
            ])
    }
}
