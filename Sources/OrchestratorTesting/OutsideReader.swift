import Exports
import Foundation
import Mirakl
import OnTime
import TIPSA

/// Each reader of bytes that come from outside — the exports people drop and the answers of TIPSA, OnTime and Mirakl —
/// run on one input the way the program runs it, to the end.
///
/// The fuzz targets and the mutation tests drive these: a reader may refuse an input, but never crash, trap or hang.
package enum OutsideReader: String, CaseIterable, Sendable {
    case csvExport = "csv-export"
    case jsonExport = "json-export"
    case tipsaResponse = "tipsa-response"
    case onTimeAnswer = "ontime-answer"
    case miraklPage = "mirakl-page"

    /// Reads `input`.
    ///
    /// The export readers read files, so `scratch` (a folder) receives the input as a file first.
    package func read(_ input: Data, scratch: URL) {
        switch self {
        case .csvExport, .jsonExport:
            let file = scratch.appending(path: self == .csvExport ? "export.csv" : "export.json")
            guard (try? input.write(to: file)) != nil else { return }
            guard let export = try? ExportFile.open(path: file.path) else { return }
            _ = try? export.forEachLine { _, _, _ in }
        case .tipsaResponse:
            guard let response = try? SOAPResponseReader.read(input) else { return }
            _ = try? TipsaClient.albaran(in: response, reference: "R")
            _ = try? TipsaClient.shipmentFound(in: response)
            _ = try? TipsaClient.label(in: response, shipmentNumber: "S")
            _ = try? TipsaClient.statusEvents(in: response)
        case .onTimeAnswer:
            for endpoint in OnTimeEndpoint.allCases {
                guard let replies = OnTimeReply.replies(in: input, keys: endpoint.replyKeys) else { continue }
                _ = try? OnTimeClient.booked(in: replies, reference: "R")
                _ = try? OnTimeClient.shipmentFound(in: replies)
                _ = try? OnTimeClient.trackingEvents(in: replies)
                _ = try? OnTimeClient.label(in: replies, shipmentNumber: "S")
                _ = try? OnTimeClient.checkHandedOver(replies, count: 1)
            }
        case .miraklPage:
            _ = MiraklOrderPage.parse(input)
        }
    }

    /// The repository's folder (this file is `Sources/OrchestratorTesting/OutsideReader.swift` in it).
    package static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Where this reader's seed inputs are: the real material the repository keeps (the sample exports, the carriers'
    /// own example answers) and `Fuzz/Corpus/<reader>`, the seeds made for fuzzing and the inputs it found.
    package var seedFolders: [URL] {
        let fixtures = "Tests/UnitTests/Fixtures"
        let material =
            switch self {
            case .csvExport, .jsonExport, .miraklPage: ["samples"]
            case .tipsaResponse: ["\(fixtures)/tipsa/official-examples", "\(fixtures)/tipsa/envialia-platform"]
            case .onTimeAnswer: ["\(fixtures)/ontime"]
            }
        return (material + ["Fuzz/Corpus/\(rawValue)"]).map { Self.repository.appending(path: $0) }
    }

    /// The seed inputs, in a stable order (notes such as `SOURCES.md` left out).
    package func seeds() throws -> [Data] {
        try seedFolders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".md") }.sorted()
                .map { try Data(contentsOf: folder.appending(path: $0)) }
        }
    }
}
