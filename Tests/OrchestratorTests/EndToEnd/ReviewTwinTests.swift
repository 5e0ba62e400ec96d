import Foundation
import OrchestratorTesting
import Testing

/// The `.xlsx` twins beside the review CSVs: one for each, none for a CSV people never review in a spreadsheet, and
/// a pass that changed nothing rewrites none of them.
@Suite struct ReviewTwinTests {
    @Test func everyReviewedCSVHasItsTwinAndAQuietPassRewritesNone() async throws {
        try await Harness.with(settings: .forTests.routingEverything(to: "tipsa", service: "48")) { harness in
            let generator = ExportGenerator(orderPrefix: "TWIN")
            let badQuantity = generator.lines(ofOrder: 4).replacingOccurrences(of: "número 4;1;", with: "número 4;x;")
            try harness.root.drop("monday.csv", generator.export(orders: 0..<3) + badQuantity)
            try await harness.run()
            let outbox = harness.root.files(under: "outbox").filter { !$0.hasPrefix("labels/") }
            let twins = outbox.filter { $0.hasSuffix(".xlsx") }
            let reviewed = outbox.filter {
                $0 == "orders_view.csv" || $0.hasPrefix("results/") || $0.hasPrefix("rejects/")
            }.filter { $0.hasSuffix(".csv") }
            #expect(reviewed.count == 3, "the view, a results and a rejects file: \(outbox)")
            #expect(Set(twins) == Set(reviewed.map { $0.dropLast(".csv".count) + ".xlsx" }), "\(outbox)")

            let before = try identities(harness, outbox)
            try await harness.run()
            #expect(try identities(harness, outbox) == before, "a pass that changed nothing rewrote a review file")

            let twin = harness.root.layout.path("outbox/orders_view.xlsx")
            try FileManager.default.removeItem(atPath: twin)
            try await harness.run()
            #expect(FileManager.default.fileExists(atPath: twin), "a twin gone missing is written again")
        }
    }

    /// Each file's inode and modification time: a rewrite (a new file renamed over) changes the inode.
    private func identities(_ harness: Harness, _ files: [String]) throws -> [String: String] {
        var identities: [String: String] = [:]
        for file in files where file != "operations.csv" {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: harness.root.layout.path("outbox/" + file))
            identities[file] = "\(attributes[.systemFileNumber] ?? "") \(attributes[.modificationDate] ?? "")"
        }
        return identities
    }
}
