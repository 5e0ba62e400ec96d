import CLibXLSXWriter

/// The cell formats of a table's workbook, each made once: libxlsxwriter keeps every format it is given until the
/// workbook closes.
final class XLSXFormats {
    static let dateTimePattern = "yyyy-mm-dd hh:mm:ss"
    /// Excel's own "Bad" cell style: a light red fill, dark red text.
    private static let highlightFill: lxw_color_t = 0xFFC7CE
    private static let highlightFont: lxw_color_t = 0x9C0006
    private static let headerFill: lxw_color_t = 0xD9E1F2
    private static let linkColour: lxw_color_t = 0x0563C1

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var made: [Key: UnsafeMutablePointer<lxw_format>] = [:]

    private enum Kind: Hashable {
        case text
        case number(decimals: Int)
        case dateTime, link
    }

    private struct Key: Hashable {
        var kind: Kind
        var isHighlighted: Bool
    }

    init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
    }

    private(set) lazy var header: UnsafeMutablePointer<lxw_format>? = {
        let format = workbook_add_format(workbook)
        format_set_bold(format)
        format_set_bg_color(format, Self.headerFill)
        format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
        return format
    }()

    /// Text: its number format `@` keeps a value typed over it text, as the cell was.
    func text(_ isHighlighted: Bool) -> UnsafeMutablePointer<lxw_format>? {
        format(Key(kind: .text, isHighlighted: isHighlighted)) { format_set_num_format($0, "@") }
    }

    func number(decimals: Int, _ isHighlighted: Bool) -> UnsafeMutablePointer<lxw_format>? {
        format(Key(kind: .number(decimals: decimals), isHighlighted: isHighlighted)) { format in
            format_set_num_format(format, decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0")
        }
    }

    func dateTime(_ isHighlighted: Bool) -> UnsafeMutablePointer<lxw_format>? {
        format(Key(kind: .dateTime, isHighlighted: isHighlighted)) { format_set_num_format($0, Self.dateTimePattern) }
    }

    func link(_ isHighlighted: Bool) -> UnsafeMutablePointer<lxw_format>? {
        format(Key(kind: .link, isHighlighted: isHighlighted)) { format in
            format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
            if !isHighlighted { format_set_font_color(format, Self.linkColour) }
        }
    }

    private func format(
        _ key: Key, _ configure: (UnsafeMutablePointer<lxw_format>) -> Void
    ) -> UnsafeMutablePointer<lxw_format>? {
        if let format = made[key] { return format }
        guard let format = workbook_add_format(workbook) else { return nil }
        configure(format)
        if key.isHighlighted {
            format_set_bg_color(format, Self.highlightFill)
            format_set_font_color(format, Self.highlightFont)
        }
        made[key] = format
        return format
    }
}
