import Foundation
import OrchestratorTesting
import Settings
import Testing

/// Every bad input gets its documented outcome (docs/reference/input-formats.md), a file a person can open, and
/// loses nothing.
@Suite struct BadInputTests {
    static let header = ExportGenerator.header.replacingOccurrences(of: ";", with: ",")

    /// What must become of the file.
    enum Expected: Sendable {
        /// Moved to `archive/failed/` with an `.error.txt` containing this text.
        case quarantined(because: String)
        /// Archived and processed; `orders_view.csv` (raw text) contains this text.
        case processed(viewContains: String)
        /// Archived; the order is rejected and `rejects/` (raw text) contains this text.
        case rejected(rejectsContain: String)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var fileName: String
        var contents: Data
        var expected: Expected
        var testDescription: String { name }
    }

    static func line(
        id: String = "BAD-1", name: String = "Ana", street: String = "Calle Mayor 1", zip: String = "28013"
    ) -> String {
        "\"\(id)\",\"\(id)-1\",SHIPPING,SKU-1,Taza,1,12.50,EUR,\"\(name)\",Torres,\"\(street)\",\(zip),Madrid,ES,600000000,0.5\n"
    }

    static let cases: [Case] = [
        Case(
            name: "binary junk", fileName: "junk.csv",
            contents: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00]),
            expected: .quarantined(because: "binary")),
        Case(name: "empty file", fileName: "empty.csv", contents: Data(), expected: .quarantined(because: "empty")),
        Case(
            name: "header only", fileName: "header.csv", contents: Data(header.utf8),
            expected: .processed(viewContains: "order_id")),
        Case(
            name: "missing required column", fileName: "nocity.csv",
            contents: Data("order_id,order_state,quantity\nX-1,SHIPPING,1\n".utf8),
            expected: .quarantined(because: "required columns missing")),
        Case(
            name: "wrong delimiter", fileName: "colons.csv",
            contents: Data(header.replacingOccurrences(of: ",", with: ":").utf8),
            expected: .quarantined(because: "required columns missing")),
        Case(
            name: "Latin-1 export", fileName: "latin1.csv",
            contents: Data(header.utf8) + Data([0x4C, 0x41, 0x54, 0x2D, 0x31]) + Data(",L-1,SHIPPING,S,T,1,1,EUR,".utf8)
                + Data([0x4E, 0xFA, 0xF1, 0x65, 0x7A])
                + Data(",Pe\u{F1}a,Calle 1,28013,Madrid,ES,600000000,0.5\n".utf8),
            expected: .processed(viewContains: "Núñez")),
        Case(
            name: "field of 1 MB", fileName: "huge.csv",
            contents: Data((header + line(street: String(repeating: "A", count: 1 << 20))).utf8),
            expected: .processed(viewContains: "TRACKED")),
        Case(
            name: "order id that looks like a path", fileName: "path.csv",
            contents: Data((header + line(id: "../../etc/passwd")).utf8),
            expected: .processed(viewContains: "../../etc/passwd")),
        Case(
            name: "order id that is a formula", fileName: "formula.csv",
            contents: Data((header + line(id: "=HYPERLINK(\"\"http://x.example\"\",\"\"click me now\"\")")).utf8),
            expected: .rejected(rejectsContain: "'=HYPERLINK")),
        Case(
            name: "XML metacharacters in the name", fileName: "xml.csv",
            contents: Data((header + line(name: "<Tom & \"\"Jerry\"\">")).utf8),
            expected: .processed(viewContains: "TRACKED")),
        Case(
            name: "JSON that is not an export", fileName: "other.json", contents: Data("{\"hello\": 1}".utf8),
            expected: .quarantined(because: "neither a Mirakl order list")),
        Case(
            name: "JSON cut in the middle", fileName: "cut.json", contents: Data("{\"orders\": [{\"order_id\":".utf8),
            expected: .quarantined(because: "not valid JSON")),
        Case(
            name: "lines without an order id", fileName: "noid.csv",
            contents: Data((header + line() + line(id: "") + line(id: "  ")).utf8),
            expected: .rejected(rejectsContain: "noid.csv,3,,order_id,is missing")),
        Case(
            name: "unterminated quote", fileName: "quote.csv",
            contents: Data((header + "Q-1,Q-1-1,SHIPPING,S,\"Taza,1\n").utf8),
            expected: .quarantined(because: "line")),
        // The text encodings and shapes spreadsheets and people produce.
        Case(
            name: "CR line ends with a line break in a quoted street (CSV Macintosh)", fileName: "mac.csv",
            contents: Data(
                (header + line(id: "MAC-1", street: "Calle Mayor 1\rPuerta 4") + line(id: "MAC-2"))
                    .replacingOccurrences(of: "\n", with: "\r").utf8),
            expected: .processed(viewContains: "MAC-2")),
        Case(
            name: "mixed CRLF, LF and CR line ends", fileName: "mixed.csv",
            contents: Data(
                (header.replacingOccurrences(of: "\n", with: "\r\n") + line(id: "MIX-1")
                    + line(id: "MIX-2").replacingOccurrences(of: "\n", with: "\r") + line(id: "MIX-3")).utf8),
            expected: .processed(viewContains: "MIX-3")),
        Case(
            name: "Excel Unicode Text (UTF-16 LE with BOM, tabs)", fileName: "unicode.txt.csv",
            contents: utf16(
                (header + line(id: "U16-1", name: "Núñez")).replacingOccurrences(of: ",", with: "\t")
                    .replacingOccurrences(of: "\"", with: ""), bigEndian: false),
            expected: .processed(viewContains: "Núñez")),
        Case(
            name: "UTF-16 BE with BOM", fileName: "utf16be.csv",
            contents: utf16(header + line(id: "U16-2", name: "Ñandú"), bigEndian: true),
            expected: .processed(viewContains: "Ñandú")),
        Case(
            name: "a decimal comma in a weight of a ; file", fileName: "comma.csv",
            contents: Data(
                (header + line(id: "DEC-1")).replacingOccurrences(of: ",", with: ";")
                    .replacingOccurrences(of: ";0.5\n", with: ";\"1,5\"\n").utf8),
            expected: .processed(viewContains: "1.5")),
        Case(
            name: "a trailing delimiter on every line", fileName: "trailing.csv",
            contents: Data((header + line(id: "TR-1")).replacingOccurrences(of: "\n", with: ",\n").utf8),
            expected: .processed(viewContains: "TR-1")),
        Case(
            name: "quoted and padded header names", fileName: "padded.csv",
            contents: Data(
                (header.split(separator: ",").map { "\" \($0.trimmingCharacters(in: .newlines)) \"" }
                    .joined(separator: ",") + "\n" + line(id: "PAD-1")).utf8),
            expected: .processed(viewContains: "PAD-1")),
        Case(
            name: "blank lines between records", fileName: "blank.csv",
            contents: Data((header + "\n" + line(id: "BL-1") + "\n\n" + line(id: "BL-2") + "\n").utf8),
            expected: .processed(viewContains: "BL-2")),
        Case(
            name: "a quantity too large for 64 bits", fileName: "huge-quantity.csv",
            contents: Data(
                (header + line(id: "BIG-1")).replacingOccurrences(of: ",Taza,1,", with: ",Taza,99999999999999999999,")
                    .utf8),
            expected: .rejected(rejectsContain: "quantity")),
    ]

    /// `text` in UTF-16 with its byte-order mark, as Excel's "Unicode Text" saves it.
    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            let bytes = bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    @Test(arguments: cases)
    func badInputGetsItsDocumentedOutcome(_ input: Case) async throws {
        try await Harness.with { harness in
            try harness.root.drop(input.fileName, input.contents)

            let outcome = try await harness.run()

            #expect(
                harness.root.files(under: "inbox").filter { !$0.hasPrefix(".") }.isEmpty, "nothing left in the inbox")
            let archived = harness.root.files(under: "archive").filter { $0.hasSuffix("/" + input.fileName) }
            #expect(archived.count == 1, "the file is in exactly one archive folder: \(archived)")
            let stored = try Data(
                contentsOf: URL(fileURLWithPath: harness.root.layout.path("archive/" + (archived.first ?? ""))))
            #expect(stored == input.contents, "archived byte for byte")
            switch input.expected {
            case .quarantined(let reason):
                #expect(outcome.exitCode == 1)
                #expect(archived.first?.hasPrefix("failed/") == true)
                let error = try harness.root.read("archive/" + (archived.first ?? "") + ".error.txt")
                #expect(error.contains(reason), "\(error)")
            case .processed(let text):
                #expect(outcome.exitCode == 0, "\(outcome.standardOutput) \(outcome.standardError)")
                #expect(try harness.root.read("outbox/orders_view.csv").contains(text))
            case .rejected(let text):
                #expect(outcome.exitCode == 1)
                let rejects = harness.root.csvFiles(under: "outbox/rejects")
                #expect(try rejects.map { try harness.root.read("outbox/rejects/" + $0) }.joined().contains(text))
            }
        }
    }

    @Test func controlCharactersAreRemovedWithAWarningNamingTheFieldAndNeverReachTheCarrier() async throws {
        let settings = Settings.forTests.routingEverything(to: "tipsa", service: "48")
        try await Harness.with(settings: settings) { harness in
            // A vertical tab and a \x01 pasted from Excel; a street that is nothing but controls.
            let export =
                Self.header + Self.line(id: "CTRL-1", name: "Ana\u{0B}María\u{01}")
                + Self.line(id: "CTRL-2", street: "\u{01}\u{02}")
            try harness.root.drop("controls.csv", export)

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 1, "one order rejected: \(outcome.standardOutput)")
            let view = CSVRows.records(try harness.rows("outbox/orders_view.csv"))
            let cleaned = try #require(view.first { $0["order_id"] == "CTRL-1" })
            #expect(cleaned["internal_state"] == "TRACKED", "\(cleaned)")
            #expect(cleaned["consignee_name"] == "Ana María Torres")
            #expect(view.first { $0["order_id"] == "CTRL-2" }?["internal_state"] == "REJECTED")
            let rejects = try harness.root.csvFiles(under: "outbox/rejects").map {
                try harness.root.read("outbox/rejects/" + $0)
            }.joined()
            #expect(rejects.contains("customer.shipping_address.street_1"), "\(rejects)")
            let warnings = CSVRows.records(try harness.rows("outbox/operations.csv")).filter {
                $0["action"] == "clean_field"
            }.map { "\($0["order_id"] ?? "") \($0["message"] ?? "")" }
            #expect(
                warnings.sorted() == [
                    "CTRL-1 control characters removed from customer.shipping_address.firstname (line 2)",
                    "CTRL-2 control characters removed from customer.shipping_address.street_1 (line 3)",
                ])
            #expect(await harness.sandbox.tipsa.createCount(reference: "CTRL-1") == 1)
        }
    }

    @Test func filesThatAreNotExportsStayInTheInbox() async throws {
        try await Harness.with { harness in
            for name in ["notes.txt", ".hidden.csv", "upload.csv.part", "upload.csv.filepart", "backup.csv~"] {
                try harness.root.drop(name, Self.header + Self.line())
            }
            try FileManager.default.createSymbolicLink(
                atPath: harness.root.layout.inbox + "/link.csv", withDestinationPath: "/etc/hostname")

            let outcome = try await harness.run()

            #expect(outcome.exitCode == 0)
            #expect(harness.root.files(under: "inbox").count == 6)
            #expect(harness.root.files(under: "archive").isEmpty)
            #expect(await harness.sandbox.totalCreates() == 0)
        }
    }
}
