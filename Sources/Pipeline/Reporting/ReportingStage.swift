import Foundation
import Ledger
import Outbox
import Workspace

/// Writes the review files: each archived file's results, the `orders_view.csv` snapshot, and the operations
/// recorded since the last export, appended to `operations.csv`.
struct ReportingStage {
    let context: RunContext

    func run() throws {
        try writeResults()
        try writeOrdersView()
        try exportOperations()
    }

    func writeResults() throws {
        for var file in try context.ledger.filesAwaitingResults() {
            guard let fileID = file.id, let resultsPath = file.resultsPath else { continue }
            let document = ResultsFile.document(try context.ledger.outcomes(fileID: fileID), writer: context.csvWriter)
            _ = try AtomicFile.createExactly(context.layout.path(resultsPath), data: document)
            file.status = .reported
            try context.ledger.update(file)
        }
    }

    /// Streams every order into the snapshot, a chunk at a time: memory does not grow with the ledger.
    func writeOrdersView() throws {
        let writer = context.csvWriter
        let carriers = context.carrierNames
        try AtomicFile.replace(context.layout.ordersView) { emit in
            var chunk = writer.header(OrdersView.columns)
            try context.ledger.forEachOrderWithSourceName { order, sourceFile in
                chunk.append(OrdersView.row(order, sourceFile: sourceFile, carriers: carriers, writer: writer))
                if chunk.count >= Self.chunkSize {
                    try emit(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            try emit(chunk)
        }
    }

    static let chunkSize = 1 << 20

    func exportOperations() throws {
        let operations = try context.ledger.unexportedOperations()
        guard let last = operations.last?.id else { return }
        try OperationsLog.append(operations, to: context.layout.operationsLog, writer: context.csvWriter)
        try context.ledger.markExported(upTo: last)
    }
}
