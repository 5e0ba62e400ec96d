import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The cells of a flat ODS document (LibreOffice's one-file XML), as LibreOffice read them from the file it opened:
/// for each sheet its rows, each cell with the type and value the spreadsheet gave it and the text it shows.
struct FlatODS {
    struct Cell: Equatable {
        /// `float`, `string`, `date`, `percentage`, … or "" for an empty cell.
        var type = ""
        /// The number (`office:value`) or moment (`office:date-value`) held; nil for text.
        var value: String?
        /// What the cell shows.
        var text = ""
        /// The formula, as LibreOffice writes it (`of:=HYPERLINK(…)`).
        var formula: String?
        /// The fill colour of its style (`#ffc7ce`), if any.
        var background: String?

        var number: Double? { type == "float" ? value.flatMap(Double.init) : nil }
    }

    struct Sheet {
        var name: String
        var rows: [[Cell]]
        /// Whether the sheet's data has filter buttons on.
        var hasFilters: Bool
        /// Each column's width in inches, as far as the sheet sets them.
        var columnWidths: [Double] = []

        /// The rows below the header as dictionaries keyed by it.
        var records: [[String: Cell]] {
            guard let header = rows.first?.map(\.text) else { return [] }
            return rows.dropFirst().map { row in
                var record: [String: Cell] = [:]
                for (index, name) in header.enumerated() { record[name] = index < row.count ? row[index] : Cell() }
                return record
            }
        }
    }

    var sheets: [Sheet]

    init(_ data: Data) throws {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        sheets = reader.sheets.map { sheet in
            var sheet = sheet
            sheet.hasFilters = reader.filteredRanges.contains { $0.hasPrefix(sheet.name + ".") }
            sheet.columnWidths = (reader.columnStyles[sheet.name] ?? []).map { reader.styleWidths[$0] ?? 0 }
            for row in sheet.rows.indices {
                for cell in sheet.rows[row].indices {
                    sheet.rows[row][cell].background =
                        reader.styleBackgrounds[reader.cellStyles[sheet.name]?[row]?[cell] ?? ""]
                }
            }
            return sheet
        }
    }

    /// The first sheet.
    var sheet: Sheet { sheets[0] }

    private final class Reader: NSObject, XMLParserDelegate {
        var sheets: [Sheet] = []
        var styleBackgrounds: [String: String] = [:]
        var styleWidths: [String: Double] = [:]
        /// Each sheet's columns' style names, a column each.
        var columnStyles: [String: [String]] = [:]
        /// Each sheet's cells' style names, by row and column.
        var cellStyles: [String: [Int: [Int: String]]] = [:]
        var filteredRanges: [String] = []

        private var style: String?
        private var row: [Cell] = []
        private var rowRepeats = 1
        private var cell: Cell?
        private var cellRepeats = 1
        private var cellStyle: String?
        private var rowStyles: [Int: String] = [:]
        private var paragraphs = 0
        /// Inside a cell's `text:p`: the document is indented, and only a paragraph's characters are the cell's.
        private var isInParagraph = false

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            switch element {
            case "style:style": style = attributes["style:name"]
            case "style:table-cell-properties":
                if let style, let colour = attributes["fo:background-color"], colour != "transparent" {
                    styleBackgrounds[style] = colour
                }
            case "style:table-column-properties":
                if let style, let width = attributes["style:column-width"], width.hasSuffix("in") {
                    styleWidths[style] = Double(width.dropLast(2))
                }
            case "table:table": sheets.append(Sheet(name: attributes["table:name"] ?? "", rows: [], hasFilters: false))
            case "table:table-column":
                guard let sheet = sheets.last?.name, let style = attributes["table:style-name"] else { break }
                let repeats = min(Int(attributes["table:number-columns-repeated"] ?? "") ?? 1, 64)
                columnStyles[sheet, default: []] += Array(repeating: style, count: repeats)
            case "table:table-row":
                row = []
                rowStyles = [:]
                rowRepeats = Int(attributes["table:number-rows-repeated"] ?? "") ?? 1
            case "table:table-cell", "table:covered-table-cell":
                cell = Cell(
                    type: attributes["office:value-type"] ?? "",
                    value: attributes["office:value"] ?? attributes["office:date-value"],
                    formula: attributes["table:formula"])
                cellRepeats = Int(attributes["table:number-columns-repeated"] ?? "") ?? 1
                cellStyle = attributes["table:style-name"]
                paragraphs = 0
            case "text:p":
                if paragraphs > 0 { cell?.text += "\n" }
                paragraphs += 1
                isInParagraph = true
            case "text:s": cell?.text += String(repeating: " ", count: Int(attributes["text:c"] ?? "") ?? 1)
            case "text:tab": cell?.text += "\t"
            case "text:line-break": cell?.text += "\n"
            case "table:database-range":
                if attributes["table:display-filter-buttons"] == "true",
                    let range = attributes["table:target-range-address"]
                {
                    filteredRanges.append(range.replacingOccurrences(of: "'", with: ""))
                }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if isInParagraph { cell?.text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
        ) {
            switch element {
            case "style:style": style = nil
            case "text:p": isInParagraph = false
            case "table:table-cell", "table:covered-table-cell":
                guard let cell else { return }
                // Empty cells repeated to the sheet's last column are not expanded.
                let isEmpty = cell.type.isEmpty && cell.text.isEmpty && cell.formula == nil
                for _ in 0..<(isEmpty && cellRepeats > 64 ? 1 : cellRepeats) {
                    if let cellStyle { rowStyles[row.count] = cellStyle }
                    row.append(cell)
                }
                self.cell = nil
            case "table:table-row":
                while let last = row.last, last.type.isEmpty, last.text.isEmpty, last.formula == nil {
                    row.removeLast()
                }
                guard !row.isEmpty, !sheets.isEmpty else { return }
                let sheet = sheets.count - 1
                for _ in 0..<min(rowRepeats, 64) {
                    cellStyles[sheets[sheet].name, default: [:]][sheets[sheet].rows.count] = rowStyles
                    sheets[sheet].rows.append(row)
                }
            default: break
            }
        }
    }
}
