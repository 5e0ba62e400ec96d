import Foundation
import OrchestratorTesting
import Testing

/// LibreOffice Calc, headless, opening files the way a reviewer's spreadsheet does, and the cells it read: each file is
/// converted to flat ODS (one XML file) and read back with `FlatODS`.
///
/// Several files go through one start of LibreOffice, which costs seconds.
struct LibreOffice {
    /// How Excel opens a double-clicked CSV in a locale: split at Windows' list separator, numbers and dates read by
    /// the locale's rules, UTF-8 only after a BOM (the ANSI code page otherwise), a leading `=` run as a formula.
    struct ExcelDoubleClick: Sendable, CustomStringConvertible {
        var tag: String
        var listSeparator: Character
        /// The Windows language id LibreOffice reads numbers by.
        var languageID: Int

        static let spain = ExcelDoubleClick(tag: "es-ES", listSeparator: ";", languageID: 3082)
        static let france = ExcelDoubleClick(tag: "fr-FR", listSeparator: ";", languageID: 1036)
        static let unitedStates = ExcelDoubleClick(tag: "en-US", listSeparator: ",", languageID: 1033)

        var description: String { tag }

        /// LibreOffice's CSV import options: separator, quote, character set, first line, column types (none:
        /// detected), language, quoted cells as text (no), special numbers detected (yes), three export-only
        /// tokens, formulas evaluated (yes).
        func filterOptions(hasBOM: Bool) -> String {
            let characterSet = hasBOM ? 76 : 1  // UTF-8, or Windows-1252
            let separator = Int(listSeparator.asciiValue ?? 44)
            return "\(separator),34,\(characterSet),1,,\(languageID),false,true,true,false,false,,true"
        }
    }

    static let executable = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Opens each CSV (all with a BOM, or all without) as `excel` does; the cells of each, by file name.
    static func openCSVs(_ paths: [String], as excel: ExcelDoubleClick) throws -> [String: FlatODS] {
        let hasBOM = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)).starts(with: [0xEF, 0xBB, 0xBF]) }
        try #require(Set(hasBOM).count <= 1, "the CSVs opened together must agree on their BOM")
        let filter = "Text - txt - csv (StarCalc):" + excel.filterOptions(hasBOM: hasBOM.first ?? true)
        return try convert(paths, inputFilter: filter)
    }

    /// Opens each workbook; the cells of each, by file name.
    static func openWorkbooks(_ paths: [String]) throws -> [String: FlatODS] {
        try convert(paths, inputFilter: nil)
    }

    private static func convert(_ paths: [String], inputFilter: String?) throws -> [String: FlatODS] {
        let executable = try #require(executable)
        // Given no file, LibreOffice waits for one for ever.
        try #require(!paths.isEmpty, "no file to open")
        let work = FileManager.default.temporaryDirectory.path + "/libreoffice-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // A profile of its own: a LibreOffice the machine runs already would otherwise take the job, or lock it.
        process.arguments =
            ["-env:UserInstallation=file://\(work)/profile", "--headless", "--norestore"]
            + (inputFilter.map { ["--infilter=\($0)"] } ?? []) + ["--convert-to", "fods", "--outdir", work + "/out"]
            + paths
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let output = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        try #require(process.terminationStatus == 0, "LibreOffice failed: \(output)")
        var opened: [String: FlatODS] = [:]
        for path in paths {
            let name = (path as NSString).lastPathComponent
            let converted = "\(work)/out/\((name as NSString).deletingPathExtension).fods"
            let data = try #require(FileManager.default.contents(atPath: converted), "LibreOffice did not open \(name)")
            opened[name] = try FlatODS(data)
        }
        return opened
    }
}

extension Trait where Self == ConditionTrait {
    /// A test that opens files with LibreOffice, skipped saying so where it is not installed.
    static var withLibreOffice: Self {
        .enabled(
            if: LibreOffice.executable != nil,
            "needs LibreOffice Calc (Debian libreoffice-calc-nogui, which scripts/install-deps installs)")
    }
}
