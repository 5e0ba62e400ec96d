import Foundation
import Testing

/// The README and the pages under `docs/` as a reader follows them: every relative link opens a file of the
/// repository.
@Suite struct DocsLinksTests {
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyRelativeLinkResolves() throws {
        let docs = Self.repository.appending(path: "docs").path
        let walker = try #require(FileManager.default.enumerator(atPath: docs))
        var pages = ["README.md"]
        while let page = walker.nextObject() as? String {
            if page.hasSuffix(".md") { pages.append("docs/" + page) }
        }
        #expect(pages.count > 10, "\(pages)")
        let link = /\]\(([^)#\s]+)(#[^)]*)?\)/
        for page in pages {
            let text = try String(contentsOf: Self.repository.appending(path: page), encoding: .utf8)
            let folder = Self.repository.appending(path: page).deletingLastPathComponent()
            for match in text.matches(of: link) {
                let target = String(match.output.1)
                guard !target.contains("://"), !target.hasPrefix("mailto:") else { continue }
                #expect(
                    FileManager.default.fileExists(atPath: folder.appending(path: target).standardized.path),
                    "\(page) links to \(target), which is not there")
            }
        }
    }
}
