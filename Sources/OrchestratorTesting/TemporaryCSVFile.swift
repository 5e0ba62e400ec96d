import CSV
import Foundation

/// A real CSV file in its own temporary folder, removed by `remove()`, for the tests of the CSV reader.
package struct TemporaryCSVFile {
    package let folder: URL
    package let path: String

    /// Writes `bytes` to a fresh file.
    package init(_ bytes: [UInt8], name: String = "export.csv") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("csv-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        path = url.path
    }

    /// Writes `text` as UTF-8.
    package init(_ text: String, name: String = "export.csv") throws {
        try self.init(Array(text.utf8), name: name)
    }

    package func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Reads every record of `path`.
package func readRecords(_ path: String, delimiter: UInt8? = nil) throws -> [CSVRecord] {
    var records: [CSVRecord] = []
    try CSVReader(path: path, delimiter: delimiter).forEachRecord { records.append($0) }
    return records
}

/// Reads every record of `text` written to a temporary file.
package func readRecords(of text: String, delimiter: UInt8? = nil) throws -> [CSVRecord] {
    let file = try TemporaryCSVFile(text)
    defer { file.remove() }
    return try readRecords(file.path, delimiter: delimiter)
}

/// Reads `bytes` written to a temporary file and expects a `CSVError`, which it returns.
package func readError(of bytes: [UInt8], delimiter: UInt8? = nil) throws -> CSVError? {
    let file = try TemporaryCSVFile(bytes)
    defer { file.remove() }
    do {
        _ = try readRecords(file.path, delimiter: delimiter)
        return nil
    } catch let error as CSVError {
        return error
    }
}
