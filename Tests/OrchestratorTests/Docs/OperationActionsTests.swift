import Foundation
import Ledger
import Testing

/// The reference's outbox page names every action `operations.csv` can hold, and no other: a new action is
/// documented with it.
@Suite struct OperationActionsTests {
    @Test func theOutboxPageNamesEveryActionAndNoOther() throws {
        let page = try String(
            contentsOf: DocsLinksTests.repository.appending(path: "docs/reference/outbox-files.md"), encoding: .utf8)
        let start = try #require(page.range(of: "The actions, by scope:"))
        let rest = page[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        let named = Set(section.matches(of: /`([a-z_]+)`/).map { String($0.output.1) })
        let actions = Set(OperationAction.allCases.map(\.rawValue))
        #expect(actions.subtracting(named).isEmpty, "not on the page: \(actions.subtracting(named).sorted())")
        let scopes: Set<String> = ["intake", "carrier", "mirakl", "orchestrator"]
        #expect(named.subtracting(actions).subtracting(scopes).isEmpty, "\(named.subtracting(actions).sorted())")
    }
}
