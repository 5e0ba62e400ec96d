import Carriers
import Exports
import Foundation
import Testing

@testable import Mirakl
@testable import OnTime
@testable import TIPSA

/// Every reader of outside bytes, fed seeds from real material mutated at random (bytes flipped, specials inserted,
/// ranges cut or repeated, the end cut off): none may crash, trap or take a second on one input. Seeded, so that a
/// failure repeats; the seeds are the repository's `samples/`, the TIPSA fixtures and the OnTime answer's shape.
/// `READER_MUTATIONS=N` runs N inputs per reader instead of 1,500 (a longer search than CI's).
@Suite struct ReaderMutationTests {
    static let iterations = ProcessInfo.processInfo.environment["READER_MUTATIONS"].flatMap { Int($0) } ?? 1_500
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures")
    static let samples = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "samples")

    static func seeds(in folder: URL, ending: String) throws -> [Data] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(ending) }
        return try names.sorted().map { try Data(contentsOf: folder.appending(path: $0)) }
    }

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

    /// Runs `read` on `iterations` mutations of the seeds; returns the slowest input's time.
    static func slowest(_ seeds: [Data], seed: UInt64, _ read: (Data) throws -> Void) rethrows -> Duration {
        var random = RequestTextPropertyTests.SeededGenerator(state: seed)
        var slowest = Duration.zero
        for index in 0..<iterations {
            let input = mutated(seeds[index % seeds.count], &random)
            let clock = ContinuousClock()
            slowest = max(slowest, try clock.measure { try read(input) })
        }
        return slowest
    }

    @Test(arguments: ["csv", "json"])
    func theExportReaderOnlyEverReadsOrRefuses(_ suffix: String) throws {
        let seeds = try Self.seeds(in: Self.samples, ending: "." + suffix)
        try #require(!seeds.isEmpty)
        let folder = FileManager.default.temporaryDirectory.appending(path: "mutations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "export." + suffix).path

        let slowest = try Self.slowest(seeds, seed: suffix == "csv" ? 1 : 2) { input in
            try input.write(to: URL(filePath: path))
            guard let export = try? ExportFile.open(path: path) else { return }
            _ = try? export.forEachLine { _, _, _ in }
        }

        #expect(slowest < .seconds(1))
    }

    @Test func theTIPSAResponseReaderOnlyEverReadsOrRefuses() throws {
        let seeds =
            try Self.seeds(in: Self.fixtures.appending(path: "tipsa"), ending: "response.xml")
            + Self.seeds(in: Self.fixtures.appending(path: "tipsa"), ending: "_ok.xml")
        try #require(!seeds.isEmpty)
        let slowest = Self.slowest(seeds, seed: 3) { input in _ = try? SOAPResponseReader.read(input) }
        #expect(slowest < .seconds(1))
    }

    /// What runs of these tests found: Foundation's XMLParser on Linux ends the process on each of these.
    static let parserKillers: [[UInt8]] = [
        Array("<a><st".utf8) + [0xC3] + Array("r>x</st".utf8) + [0xC3] + Array("r></a>".utf8),
        Array("<?xml version=\"1.0\" encoding=\"ut<f-8\"?><a p:".utf8) + [0xE2] + Array("m=\"0\">x</a>".utf8),
        Array("<?m?><a/>".utf8), Array("<?xml?><a/>".utf8), Array("<a><?pi?></a>".utf8),
        Array("<!DOCTYPE a [<!NOTATION n SYSTEM \"x\">]><a/>".utf8),
        Array("<!DOCTYPE a [<!ENTITY e SYSTEM \"x\" NDATA n>]><a/>".utf8),
        Array("<!DOCTYPE a [<!ELEMENT a ANY><!ATTLIST a b CDATA #IMPLIED>]><a/>".utf8),
    ]

    @Test(arguments: parserKillers)
    func whatOnceStoppedTheParserIsReadOrRefused(_ bytes: [UInt8]) {
        _ = try? SOAPResponseReader.read(Data(bytes))
    }

    @Test func aDocumentInAnotherDeclaredEncodingIsLeftToTheParser() throws {
        let latin1 = Data(
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Pe".utf8) + [0xF1, 0x61] + Array("</a>".utf8))
        #expect(XMLInput.prepared(latin1) == latin1)
        let response = try SOAPResponseReader.read(
            Data(
                Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Envelope><Body><R><strNom>Pe".utf8)
                    + [0xF1, 0x61] + Array("</strNom></R></Body></Envelope>".utf8)))
        #expect("\(response)".contains("Peña"), "\(response)")
    }

    @Test func theOnTimeAnswerReaderOnlyEverReadsOrRefuses() throws {
        let seeds = try Self.seeds(in: Self.fixtures.appending(path: "ontime"), ending: ".json")
        try #require(!seeds.isEmpty)
        let slowest = Self.slowest(seeds, seed: 4) { input in
            for reply in OnTimeReply.replies(in: input, keys: ["respuestaDocuemtarEnvio"]) ?? [] {
                _ = reply.value("numero_envio")
            }
        }
        #expect(slowest < .seconds(1))
    }

    @Test func theMiraklPageReaderOnlyEverReadsOrRefuses() throws {
        let seeds = try Self.seeds(in: Self.samples, ending: ".json")
        try #require(!seeds.isEmpty)
        let slowest = Self.slowest(seeds, seed: 5) { input in _ = MiraklOrderPage.parse(input) }
        #expect(slowest < .seconds(1))
    }
}
