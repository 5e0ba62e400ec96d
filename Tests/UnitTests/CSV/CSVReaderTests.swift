import CSV
import Foundation
import OrchestratorTesting
import Testing

@Suite("CSVReader")
struct CSVReaderTests {
    @Test(
        "sniffs the delimiter from the header",
        arguments: [
            ("order_id;state;city\n1;x;y\n", ";"),
            ("order_id,state,city\n1,x,y\n", ","),
            ("order_id\tstate\tcity\n1\tx\ty\n", "\t"),
            ("order_id|state|city\n1|x|y\n", "|"),
            ("\"a;b;c\",d,e\n1,2,3\n", ","),  // the quoted semicolons do not count
            ("a;b,c\n", ","),  // a tie
            ("order_id\n1\n", ","),  // nothing to count
        ]
    )
    func sniffsDelimiter(header: String, expected: Character) throws {
        let file = try TemporaryCSVFile(header)
        defer { file.remove() }
        let reader = try CSVReader(path: file.path)
        #expect(Character(Unicode.Scalar(reader.delimiter)) == expected)
    }

    @Test("each sniffed delimiter splits the records", arguments: [";", ",", "\t", "|"])
    func splitsWithSniffedDelimiter(delimiter: String) throws {
        let text =
            ["id", "name", "city"].joined(separator: delimiter) + "\n"
            + ["1", "Ana", "Madrid"].joined(separator: delimiter) + "\n"
        let records = try readRecords(of: text)
        #expect(records.map(\.fields) == [["id", "name", "city"], ["1", "Ana", "Madrid"]])
    }

    @Test("a tab-delimited file keeps its empty and space-only fields")
    func tabDelimitedKeepsEmptyFields() throws {
        let records = try readRecords(of: "a\tb\tc\n\t \t\n", delimiter: UInt8(ascii: "\t"))
        #expect(records.map(\.fields) == [["a", "b", "c"], ["", " ", ""]])
    }

    @Test("strips a UTF-8 BOM before the header")
    func stripsBOM() throws {
        let file = try TemporaryCSVFile([0xEF, 0xBB, 0xBF] + Array("order_id;city\n1;Le Mans\n".utf8))
        defer { file.remove() }
        let reader = try CSVReader(path: file.path)
        #expect(reader.delimiter == UInt8(ascii: ";"))
        var records: [CSVRecord] = []
        try reader.forEachRecord { records.append($0) }
        #expect(records.first?.fields == ["order_id", "city"])
        #expect(records.last?.fields == ["1", "Le Mans"])
    }

    @Test("CR line ends (Excel for Mac) with line breaks inside quoted fields keep records and their lines")
    func crLineEnds() throws {
        // Excel for Mac ends records in CR; a break inside a cell may be LF or CR.
        let text = "id;street;city\r1;\"Calle Mayor 1\nPuerta 4\";Madrid\r2;\"Rua A\rLoja 2\";Porto\r3;C/ B;Vigo\r"
        let records = try readRecords(of: text)
        #expect(
            records.map(\.fields) == [
                ["id", "street", "city"], ["1", "Calle Mayor 1\nPuerta 4", "Madrid"], ["2", "Rua A\rLoja 2", "Porto"],
                ["3", "C/ B", "Vigo"],
            ])
        #expect(records.map(\.line) == [1, 2, 3, 5], "lines counted at CR, as the file's own editor shows them")
    }

    @Test(
        "UTF-16 with its mark, either byte order, reads as the text it holds across chunk boundaries",
        arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        // Astral characters (surrogate pairs) and odd offsets, over several 64 KiB chunks.
        let rows = (0..<3_000).map { "\($0)\tNúñez 📦 \($0 % 7 == 0 ? "𝄞" : "ß")\tÅrhus" }
        let text = (["id\tname\tcity"] + rows).joined(separator: "\r\n") + "\r\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let file = try TemporaryCSVFile(bytes)
        defer { file.remove() }

        let reader = try CSVReader(path: file.path)
        var records: [CSVRecord] = []
        try reader.forEachRecord { records.append($0) }

        #expect(reader.delimiter == UInt8(ascii: "\t"))
        #expect(records.map { $0.fields.joined(separator: "\t") } == ["id\tname\tcity"] + rows)
        #expect(records.last?.line == 3_001)
    }

    @Test("CRLF and LF line ends read the same", arguments: ["\r\n", "\n"])
    func lineEnds(lineEnd: String) throws {
        let text = ["a,b", "1,2", "3,4"].joined(separator: lineEnd) + lineEnd
        let records = try readRecords(of: text)
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test("a last record without a line end is read")
    func lastRecordWithoutLineEnd() throws {
        let records = try readRecords(of: "a,b\n1,2")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("quoted fields hold delimiters, doubled quotes and newlines; later records keep their start line")
    func quotedFieldsAndStartLines() throws {
        let text = [
            "id;note;city\r\n",
            "1;\"a;b\";x\r\n",
            "2;\"say \"\"hi\"\"\";y\r\n",
            "3;\"first line\r\nsecond line\nthird\";z\r\n",  // lines 4 to 6
            "\r\n",
            "\n",
            "4;plain;w\r\n",  // line 9
            "\n",
            "5;\"\";v",  // line 11, no line end
        ].joined()
        let records = try readRecords(of: text)
        #expect(
            records.map(\.fields) == [
                ["id", "note", "city"],
                ["1", "a;b", "x"],
                ["2", "say \"hi\"", "y"],
                ["3", "first line\r\nsecond line\nthird", "z"],
                ["4", "plain", "w"],
                ["5", "", "v"],
            ])
        #expect(records.map(\.line) == [1, 2, 3, 4, 9, 11])
    }

    @Test("spaces around fields are kept", arguments: [",", ";", "\t"])
    func keepsSpaces(delimiter: String) throws {
        let text =
            ["h1", "h2", "h3"].joined(separator: delimiter) + "\n"
            + [" x ", "  ", "\" q \""].joined(separator: delimiter) + "\n"
        let records = try readRecords(of: text, delimiter: UInt8(ascii: Unicode.Scalar(delimiter)!))
        #expect(records.last?.fields == [" x ", "  ", " q "])
    }

    @Test(
        "Windows-1252 bytes decode",
        arguments: [
            ([0xE9] as [UInt8], "é"),
            ([0x80], "€"),
            ([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35], "Café €5"),
            ([0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F], "ŠŒŽšœžŸ"),
            ([0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8B, 0x9B], "‚ƒ„…†‡ˆ‰‹›"),
            ([0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99], "‘’“”•–—˜™"),
            ([0x81, 0x8D, 0x8F, 0x90, 0x9D], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
            ([0xD1, 0x61, 0x6E, 0x64, 0xFA], "Ñandú"),
            ([0xF0, 0x9F, 0x98], "ðŸ˜"),  // a cut-off UTF-8 sequence as long as its replacement character
        ])
    func windows1252(bytes: [UInt8], expected: String) throws {
        let file = try TemporaryCSVFile(Array("name;city\n".utf8) + bytes + Array(";Sevilla\n".utf8))
        defer { file.remove() }
        let records = try readRecords(file.path)
        #expect(records.last?.fields == [expected, "Sevilla"])
    }

    @Test("a UTF-8 file stays UTF-8")
    func utf8StaysUTF8() throws {
        let names = ["José García", "Ñandú €", "Zoë 😀", "Łódź", "東京", "\u{FFFD}"]
        let records = try readRecords(of: "name\n" + names.joined(separator: "\n") + "\n")
        #expect(records.dropFirst().map { $0.fields[0] } == names)
    }

    @Test("invalid UTF-8 falls back per field, not per file")
    func fallbackPerField() throws {
        let file = try TemporaryCSVFile(Array("a;b\nJosé;".utf8) + [0x4A, 0x6F, 0x73, 0xE9] + [0x0A])
        defer { file.remove() }
        #expect(try readRecords(file.path).last?.fields == ["José", "José"])
    }

    @Test(
        "strict mode rejects a misplaced quote on its line",
        arguments: [
            ("a,b\n1,2\n3,x\"y\n4,5\n", 3),  // a quote inside an unquoted field
            ("a,b\n1,\"x\"y\n", 2),  // text after a closing quote
            ("a,b\n1,\"x\" \n", 2),  // even a space after it
        ]
    )
    func strayQuote(text: String, line: Int) throws {
        let error = try readError(of: Array(text.utf8))
        #expect(error?.code == .malformed)
        #expect(error?.line == line)
        #expect(error?.message.contains("line \(line)") == true)
    }

    @Test("an unterminated quote is malformed, naming the line its record starts on")
    func unterminatedQuote() throws {
        let error = try readError(of: Array("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n".utf8))
        #expect(error?.code == .malformed)
        #expect(error?.line == 3)
        #expect(error?.message.contains("line 3") == true)
    }

    @Test("the records before a malformed line reach the caller")
    func recordsBeforeErrorArrive() throws {
        let file = try TemporaryCSVFile("a,b\n1,2\n3,x\"y\n")
        defer { file.remove() }
        var seen: [[String]] = []
        #expect(throws: CSVError.self) {
            try CSVReader(path: file.path).forEachRecord { seen.append($0.fields) }
        }
        #expect(seen == [["a", "b"], ["1", "2"]])
    }

    @Test("a 1 MB field is read whole, quoted or not")
    func oneMegabyteField() throws {
        let big = String(repeating: "abcdefghij", count: 100_000) + "é"
        let withNewlines = String(repeating: "line of text;\n", count: 80_000)
        let records = try readRecords(of: "id;blob\n1;\(big)\n2;\"\(withNewlines)\"\n3;end\n")
        #expect(records.count == 4)
        #expect(records[1].fields == ["1", big])
        #expect(records[2].fields == ["2", withNewlines])
        #expect(records[3].fields == ["3", "end"])
        #expect(records[3].line == 80_004)
    }

    @Test("a field over 16 MiB is too large")
    func fieldTooLarge() throws {
        var bytes = Array("id,blob\n1,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 16 * 1024 * 1024 + 1)
        bytes += Array("\n".utf8)
        let error = try readError(of: bytes)
        #expect(error?.code == .tooLarge)
        #expect(error?.line == 2)
    }

    @Test("many records across chunk boundaries match what was written")
    func manyRecordsAcrossChunks() throws {
        // About 1.3 MB: twenty 64 KiB chunks, with quoted newlines and multi-byte text straddling their edges.
        var lines = ["order_id;title;city"]
        var expected: [[String]] = [["order_id", "title", "city"]]
        var expectedLines = [1]
        var line = 2
        for index in 0..<20_000 {
            let title = index % 7 == 0 ? "two\nlines é \(index)" : "Camiseta algodón \(index)"
            let quoted = "\"" + title.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines.append("ORD-\(index);\(quoted);Málaga")
            expected.append(["ORD-\(index)", title, "Málaga"])
            expectedLines.append(line)
            line += title.contains("\n") ? 2 : 1
        }
        let file = try TemporaryCSVFile(lines.joined(separator: "\r\n") + "\r\n")
        defer { file.remove() }
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        #expect(size > 10 * 64 * 1024)
        let records = try readRecords(file.path)
        #expect(records.map(\.fields) == expected)
        #expect(records.map(\.line) == expectedLines)
    }

    @Test("the tokenizer counts the records the reader reads")
    func tokenizerMatchesReader() throws {
        var text = "\u{FEFF}id,note\r\n"
        for index in 0..<5_000 {
            text += index % 3 == 0 ? "\(index),\"multi\nline, \"\"quoted\"\"\"\r\n" : "\(index),plain\r\n"
            if index % 100 == 0 { text += "\r\n" }
        }
        let file = try TemporaryCSVFile(text)
        defer { file.remove() }
        let count = try CSVTokenizer.countRecords(path: file.path, delimiter: UInt8(ascii: ","))
        #expect(count.records == 5_001)
        #expect(count.records == (try readRecords(file.path).count))
        #expect(count.bytes == text.utf8.count)
    }

    @Test("a missing file is unreadable, with the system's reason")
    func missingFile() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).csv")
            .path
        let error = #expect(throws: CSVError.self) { _ = try CSVReader(path: path) }
        #expect(error?.code == .unreadable)
        #expect(error?.message.contains("No such file or directory") == true)
        #expect(error?.line == nil)
        #expect(throws: CSVError.self) { _ = try CSVTokenizer.countRecords(path: path, delimiter: 44) }
    }

    @Test("a folder is unreadable")
    func folderIsUnreadable() throws {
        let file = try TemporaryCSVFile("a\n")
        defer { file.remove() }
        let error = #expect(throws: CSVError.self) {
            try CSVReader(path: file.folder.path, delimiter: UInt8(ascii: ",")).forEachRecord { _ in }
        }
        #expect(error?.code == .unreadable)
    }

    @Test("an empty file has no records")
    func emptyFile() throws {
        #expect(try readRecords(of: "").isEmpty)
        #expect(try readRecords(of: "\u{FEFF}").isEmpty)
    }

    @Test("an error thrown by the caller stops reading and comes back unchanged")
    func callerErrorPropagates() throws {
        struct Stop: Error {}
        let file = try TemporaryCSVFile("a\n1\n2\n3\n")
        defer { file.remove() }
        var count = 0
        #expect(throws: Stop.self) {
            try CSVReader(path: file.path).forEachRecord { _ in
                count += 1
                if count == 2 { throw Stop() }
            }
        }
        #expect(count == 2)
    }
}
