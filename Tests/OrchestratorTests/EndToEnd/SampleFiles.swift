import Foundation

/// The sample exports bundled in the repository's `samples/` folder.
enum SampleFiles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    static let csvExport = "mirakl-orders-2026-11-28.csv"
    /// The valid orders of the CSV sample in SHIPPING, which must each ship once.
    static let csvShippableOrders = ["MKP-100231-A", "MKP-100232-A", "MKP-100233-A", "MKP-100235-A"]

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }
}
