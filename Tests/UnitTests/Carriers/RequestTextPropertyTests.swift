import Domain
import Foundation
import JSONWriting
import Testing

@testable import TIPSA

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Whatever text an export holds, every request the adapters build parses (XML for TIPSA, JSON for OnTime and
/// Mirakl) and carries the text as it was meant: property tests over arbitrary Unicode, seeded so that a failure
/// repeats.
@Suite struct RequestTextPropertyTests {
    /// SplitMix64: small, seedable, good enough to draw test inputs.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Scalars from everywhere a copy-paste can bring them: printable ASCII, XML's specials, every C0 control, DEL
    /// and C1, Latin-1, the rest of the BMP (U+FFFE and U+FFFF included), combining marks, emoji and other astral
    /// planes.
    static func text(_ random: inout SeededGenerator) -> String {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x20...0x7E, 0x00...0x1F, 0x7F...0x9F, 0xA0...0xFF, 0x100...0xD7FF, 0xE000...0xFFFF,
            0x300...0x36F, 0x1F300...0x1FAFF, 0x10000...0x10FFFF,
        ]
        var scalars = String.UnicodeScalarView()
        let specials: [Unicode.Scalar] = ["&", "<", ">", "\"", "'", "\r", "\n", "\t", "]", "\\"]
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            if Int.random(in: 0..<6, using: &random) == 0 {
                scalars.append(specials.randomElement(using: &random)!)
            } else if let scalar = Unicode.Scalar(
                UInt32.random(in: ranges.randomElement(using: &random)!, using: &random))
            {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// What XML 1.0 can carry of `text`: everything but the controls it forbids and U+FFFE, U+FFFF.
    static func xmlCarriable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter {
                    [0x09, 0x0A, 0x0D].contains($0.value) || (0x20...0xFFFD).contains($0.value) || $0.value >= 0x10000
                }))
    }

    /// The exact text of each element, by local name, or nil when the document is not well formed.
    final class ElementTexts: NSObject, XMLParserDelegate {
        private(set) var texts: [String: String] = [:]
        private var text = ""

        static func read(_ xml: String) -> [String: String]? {
            let parser = XMLParser(data: Data(xml.utf8))
            parser.shouldResolveExternalEntities = false
            let reader = ElementTexts()
            parser.delegate = reader
            return parser.parse() ? reader.texts : nil
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) { text = "" }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            texts[String(elementName.split(separator: ":").last ?? "")] = text
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test func everySOAPEnvelopeParsesAndCarriesItsText() throws {
        var random = SeededGenerator(state: 2026_11_30)
        for _ in 0..<2_000 {
            let name = Self.text(&random)
            let street = Self.text(&random)
            let envelope = SOAPEnvelope(
                service: .web, method: "GrabaEnvio24", sessionID: Self.text(&random),
                fields: [("strNomDes", name), ("strDirDes", street)])

            let read = try #require(ElementTexts.read(envelope.xml), "parses: \(name.debugDescription)")

            #expect(read["strNomDes"] == Self.xmlCarriable(name), "\(name.debugDescription)")
            #expect(read["strDirDes"] == Self.xmlCarriable(street), "\(street.debugDescription)")
        }
    }

    @Test func everyJSONBodyParsesAndCarriesItsTextExactly() throws {
        var random = SeededGenerator(state: 1_790_000_000)
        for _ in 0..<2_000 {
            let value = Self.text(&random)
            let body = JSONWriter.data(["nombre": value, "lineas": [value, ["calle": value]]])

            let parsed = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])

            #expect(parsed["nombre"] as? String == value, "\(value.debugDescription)")
            let lines = parsed["lineas"] as? [Any]
            #expect(lines?.first as? String == value)
            #expect((lines?.last as? [String: Any])?["calle"] as? String == value)
        }
    }

    @Test func cleanedTextHasNoControlCharacterAndKeepsEverythingElse() {
        var random = SeededGenerator(state: 42)
        for _ in 0..<5_000 {
            let text = Self.text(&random)
            guard let cleaned = ControlCharacters.cleaned(text) else {
                #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control })
                continue
            }
            #expect(!cleaned.unicodeScalars.contains { $0.properties.generalCategory == .control })
            #expect(!cleaned.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF })
            #expect(ControlCharacters.cleaned(cleaned) == nil, "cleaning twice changes nothing")
            // Beside the white space that became or stayed a space, or was trimmed, only controls went.
            func visible(_ text: String) -> [Unicode.Scalar] {
                text.unicodeScalars.filter {
                    !$0.properties.isWhitespace && $0.properties.generalCategory != .control
                        && $0.value != 0xFFFE && $0.value != 0xFFFF
                }
            }
            #expect(visible(cleaned) == visible(text), "nothing but controls removed from \(text.debugDescription)")
        }
    }
}
