/// A plain-text table for the terminal: columns as wide as their widest cell, the last one cut at `lastWidth`.
enum TextTable {
    static func render(header: [String], rows: [[String]], lastWidth: Int = 70) -> String {
        let cut = rows.map { row in row.enumerated().map { $0 == row.count - 1 ? String($1.prefix(lastWidth)) : $1 } }
        let widths = header.indices.map { column in ([header] + cut).map { $0[column].count }.max() ?? 0 }
        return ([header] + cut).map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
