import Carriers
import Foundation
import OrchestratorTesting
import Testing

@testable import TIPSA

/// Every reader of outside bytes (`OutsideReader`, the fuzz targets' readers), fed its seeds — the repository's real
/// material and `Fuzz/Corpus` — as they are and mutated at random (bytes flipped, specials inserted, ranges cut or
/// repeated, the end cut off): none may crash, trap or take a second on one input.
///
/// Seeded, so that a failure repeats. `READER_MUTATIONS=N` runs N inputs per reader instead of 1,500 (a longer search
/// than CI's).
@Suite struct ReaderMutationTests {
    static let iterations = ProcessInfo.processInfo.environment["READER_MUTATIONS"].flatMap { Int($0) } ?? 1_500

    static func mutated(_ seed: Data, _ random: inout RequestTextPropertyTests.SeededGenerator) -> Data {
        var bytes = [UInt8](seed)
        let specials: [UInt8] = Array("\"<>&;,{}[]:\\\r\n\t".utf8) + [0x00, 0xFF, 0xC3, 0xE2, 0xEF, 0x80]
        for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[at] ^= UInt8.random(in: 1...255, using: &random)
            case 1: bytes.insert(specials.randomElement(using: &random)!, at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            case 3:
                bytes.insert(
                    contentsOf: bytes[at..<min(bytes.count, at + Int.random(in: 1...64, using: &random))], at: at)
            default: bytes.removeSubrange(at...)
            }
        }
        return Data(bytes)
    }

    @Test(arguments: OutsideReader.allCases)
    func theReaderOnlyEverReadsOrRefuses(_ reader: OutsideReader) throws {
        let seeds = try reader.seeds()
        try #require(!seeds.isEmpty)
        let scratch = FileManager.default.temporaryDirectory.appending(path: "mutations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var random = RequestTextPropertyTests.SeededGenerator(
            state: UInt64(OutsideReader.allCases.firstIndex(of: reader) ?? 0) + 1)
        var slowest = Duration.zero
        for index in 0..<(seeds.count + Self.iterations) {
            let input = index < seeds.count ? seeds[index] : Self.mutated(seeds[index % seeds.count], &random)
            slowest = max(slowest, ContinuousClock().measure { reader.read(input, scratch: scratch) })
        }

        #expect(slowest < .seconds(1))
    }

    /// What runs of these tests and of libFuzzer found: Foundation's XMLParser on Linux ends the process on each of
    /// these. (What libFuzzer found that does not shrink by hand is a seed in `Fuzz/Corpus`, read as it is above.)
    static let parserKillers: [[UInt8]] = [
        Array("<a><st".utf8) + [0xC3] + Array("r>x</st".utf8) + [0xC3] + Array("r></a>".utf8),
        Array("<?xml version=\"1.0\" encoding=\"ut<f-8\"?><a p:".utf8) + [0xE2] + Array("m=\"0\">x</a>".utf8),
        Array("<?m?><a/>".utf8), Array("<?xml?><a/>".utf8), Array("<a><?pi?></a>".utf8),
        Array("<!DOCTYPE a [<!NOTATION n SYSTEM \"x\">]><a/>".utf8),
        Array("<!DOCTYPE a [<!ENTITY e SYSTEM \"x\" NDATA n>]><a/>".utf8),
        Array("<!DOCTYPE a [<!ELEMENT a ANY><!ATTLIST a b CDATA #IMPLIED>]><a/>".utf8),
        Array("<?xml version=v1=\"urn:x\"><v1:s><![CDATA[<C>]]></<?xml?>\nx".utf8),
        Array("<<?n?>?n?><?l\n<?l\n.".utf8),
        Array("<!DOC<?x?>TYPE a [<!NOTATION n SYSTEM \"x\">]><a/>".utf8),
    ]

    /// None of them is a SOAP answer: each is refused with an error a person can read, and the process goes on.
    @Test(arguments: parserKillers)
    func whatOnceStoppedTheParserIsRefused(_ bytes: [UInt8]) {
        let refusal = #expect(throws: (any Error).self) { try SOAPResponseReader.read(Data(bytes)) }
        #expect(refusal.map { !"\($0)".isEmpty } ?? true, "a refusal says why")
    }

    @Test func aDocumentInAnotherDeclaredEncodingReachesTheParserAsUTF8() throws {
        let latin1 = Data(
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Pe".utf8) + [0xF1, 0x61] + Array("</a>".utf8))
        #expect(XMLInput.prepared(latin1) == Data("<a>Peña</a>".utf8))
        let response = try SOAPResponseReader.read(
            Data(
                Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Envelope><Body><R><strNom>Pe".utf8)
                    + [0xF1, 0x61] + Array("</strNom></R></Body></Envelope>".utf8)))
        #expect("\(response)".contains("Peña"), "\(response)")
    }
}
