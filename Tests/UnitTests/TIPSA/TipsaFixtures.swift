import Foundation

/// The TIPSA request/response examples committed under Fixtures/tipsa.
enum TipsaFixtures {
    static let directory = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/tipsa")

    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: directory.appending(path: relativePath))
    }
}
