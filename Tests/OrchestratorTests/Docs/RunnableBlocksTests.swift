import Foundation
import OrchestratorTesting
import Testing

/// The guide's commands as a reader types them: every code block marked ```` ```sh runnable ```` runs, the blocks of
/// a page in order, in one fresh folder holding a copy of `samples/`, with the built `orchestrator` first on the
/// path and no carrier, Mirakl or ledger variable set; each must exit 0.
@Suite(.onTheSQLiteHalfOnly("the guide's commands run on the default ledger, as a reader's do"))
struct RunnableBlocksTests {
    static let guide = DocsLinksTests.repository.appending(path: "docs/guide")

    /// The pages with runnable blocks, and their blocks.
    static let pages: [(page: String, blocks: [String])] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: guide.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
            guard let text = try? String(contentsOf: guide.appending(path: name), encoding: .utf8) else { return nil }
            let blocks = runnableBlocks(in: text)
            return blocks.isEmpty ? nil : (name, blocks)
        }
    }()

    static func runnableBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = current {
                if line == "```" {
                    blocks.append(open.joined(separator: "\n"))
                    current = nil
                } else {
                    current = open + [line]
                }
            } else if line == "```sh runnable" {
                current = []
            }
        }
        return blocks
    }

    @Test func theGuideHasRunnableBlocks() {
        #expect(Self.pages.map(\.blocks.count).reduce(0, +) >= 6, "\(Self.pages.map(\.page))")
    }

    @Test(arguments: pages.map(\.page))
    func everyRunnableBlockOfAPageRuns(_ page: String) throws {
        let blocks = try #require(Self.pages.first { $0.page == page }?.blocks)
        let folder = FileManager.default.temporaryDirectory.appending(path: "guide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = folder.appending(path: "samples")
        try FileManager.default.copyItem(at: DocsLinksTests.repository.appending(path: "samples"), to: samples)
        // As in a checkout built minutes ago: the samples long settled, whatever the copy did to their times.
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path) {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: samples.appending(path: name).path
            )
        }
        let binaryFolder = URL(filePath: try BuiltBinary().path).deletingLastPathComponent().path
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !["TIPSA_", "ONTIME_", "MIRAKL_", "ORCHESTRATOR_"].contains { key.hasPrefix($0) }
        }
        environment["PATH"] = binaryFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")

        for (index, block) in blocks.enumerated() {
            let ran = try Shell.run(
                "/bin/bash", ["-euo", "pipefail", "-c", block], environment: environment, in: folder)
            #expect(
                ran.status == 0,
                "\(page), runnable block \(index + 1) exited \(ran.status):\n\(block)\n---\n\(ran.output)")
        }
    }
}
