import CSV
import Foundation
import Workspace
import XLSX

/// A review file under `outbox/` and its typed `.xlsx` twin beside it (docs/reference/outbox-files.md): the same name,
/// columns and rows, both written from one pass over the rows.
///
/// Each appears atomically, the twin first, so a CSV is never without it.
package struct ReviewFile {
    /// How much of the CSV is held before it is written.
    static let chunkSize = 1 << 20

    /// The CSV's path.
    package let path: String
    let columns: [String]
    /// The twin's sheet.
    let sheetName: String
    let dialect: CSVDialect
    /// Excel's, but for tests of a file longer than a sheet.
    let rowsPerSheet: Int

    package init(
        path: String, columns: [String], sheetName: String, dialect: CSVDialect,
        rowsPerSheet: Int = XLSXTableWriter.excelRowsPerSheet
    ) {
        self.path = path
        self.columns = columns
        self.sheetName = sheetName
        self.dialect = dialect
        self.rowsPerSheet = rowsPerSheet
    }

    /// The twin of the CSV at `path`: the same name, ending `.xlsx`.
    package static func twin(of path: String) -> String {
        (path as NSString).deletingPathExtension + ".xlsx"
    }

    package var twinPath: String { Self.twin(of: path) }

    /// Writes both files, replacing what was there (the `orders_view` snapshot).
    package func replace(_ produce: (_ add: (ReviewRow) throws -> Void) throws -> Void) throws {
        try AtomicFile.replace(path) { emit in
            try AtomicFile.replace(twinPath, makingFile: { twin in try write(csv: emit, twin: twin, produce) })
        }
    }

    /// Writes both files unless the CSV is there already (a results or rejects file, written once): `false` then.
    ///
    /// A twin without its CSV was left by an interrupted run, and is written again with it.
    package func createExactly(_ produce: (_ add: (ReviewRow) throws -> Void) throws -> Void) throws -> Bool {
        guard !FileManager.default.fileExists(atPath: path) else { return false }
        return try AtomicFile.createExactly(path) { emit in
            try AtomicFile.replace(twinPath, makingFile: { twin in try write(csv: emit, twin: twin, produce) })
        }
    }

    /// Hands the CSV to `emit` a chunk at a time while the twin is written at `twin`.
    private func write(
        csv emit: (Data) throws -> Void, twin: String, _ produce: (_ add: (ReviewRow) throws -> Void) throws -> Void
    ) throws {
        do {
            let table = TwinWriter(
                try XLSXTableWriter(path: twin, sheetName: sheetName, header: columns, rowsPerSheet: rowsPerSheet))
            let writer = CSVWriter(dialect: dialect)
            try withoutActuallyEscaping(emit) { emit in
                var chunk = writer.header(columns)
                try produce { row in
                    chunk.append(writer.row(row.csvCells))
                    table.append(row)
                    guard chunk.count >= Self.chunkSize else { return }
                    try emit(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
                try table.close()
                try emit(chunk)
            }
        } catch let error as XLSXError where error.errno == ENOSPC {
            // Said as every other full disk is, so that the run stops saying so.
            throw FileSystemError("write", path: twinPath, errno: ENOSPC)
        }
    }
}
