import CSV

/// Reads a whole CSV file into rows, for assertions.
enum CSVRows {
    static func read(_ path: String) throws -> [[String]] {
        var rows: [[String]] = []
        try CSVReader(path: path, delimiter: UInt8(ascii: ",")).forEachRecord { rows.append($0.fields) }
        return rows
    }

    /// The rows as dictionaries keyed by the header.
    static func records(_ rows: [[String]]) -> [[String: String]] {
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
