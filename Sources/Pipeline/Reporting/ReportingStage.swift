import CSV
import Foundation
import Ledger
import Outbox
import Workspace

/// Writes the review files: each archived file's results, the `orders_view.csv` snapshot (when anything changed since
/// it was written), and the operations recorded since the last export, appended to `operations.csv`.
///
/// Each results file and the orders view come with their `.xlsx` twins. Rows stream from the ledger to disk a chunk at
/// a time: memory does not grow with the number of orders.
struct ReportingStage {
    static let operationsPerAppend = 10_000

    let context: RunContext

    /// The three files are written at once: each reads the ledger apart and writes a file of its own, on the blocking
    /// queue.
    ///
    /// Held on the cooperative pool, two of them took both its threads for as long as the review files took, and a
    /// worker sharing a PostgreSQL ledger could not renew its lease meanwhile.
    func run() async throws {
        let stage = self
        let hasNews = try await BlockingWork.run { try !stage.context.ledger.unexportedOperations(limit: 1).isEmpty }
        async let ordersViewWritten: Void = BlockingWork.run { try stage.writeOrdersView(onlyIfMissing: !hasNews) }
        async let resultsWritten: Void = BlockingWork.run { try stage.writeResults() }
        try await BlockingWork.run { try stage.exportOperations() }
        try await resultsWritten
        try await ordersViewWritten
    }

    private func writeResults() throws {
        for var file in try context.ledger.filesAwaitingResults() {
            guard let fileID = file.id, let resultsPath = file.resultsPath else { continue }
            let results = context.reviewFile(
                resultsPath, columns: ResultsFile.columns, sheetName: ResultsFile.sheetName)
            _ = try results.createExactly { add in
                try context.ledger.forEachOutcome(fileID: fileID) { try add(ResultsFile.row($0)) }
            }
            file.status = .reported
            try context.ledger.update(file)
        }
    }

    /// Rewrites the orders view and its twin; with `onlyIfMissing`, only when one of them is not there.
    private func writeOrdersView(onlyIfMissing: Bool) throws {
        let view = context.reviewFile(
            context.layout.relative(context.layout.ordersView), columns: OrdersView.columns,
            sheetName: OrdersView.sheetName)
        let isThere = { FileManager.default.fileExists(atPath: $0) }
        if onlyIfMissing, isThere(view.path), isThere(view.twinPath) { return }
        let carriers = context.carrierNames
        try view.replace { add in
            try context.ledger.forEachOrderWithSourceName { order, sourceFile in
                try add(OrdersView.row(order, sourceFile: sourceFile, carriers: carriers))
            }
        }
    }

    /// Appends the operations recorded since the last export to `operations.csv`, in a new file once a month has
    /// ended or the dialect changed (the old one kept in `outbox/operations/`).
    func exportOperations() throws {
        try OperationsLog.rollOver(
            context.layout.operationsLog, into: context.layout.path("outbox/operations"), now: context.now(),
            writer: context.csvWriter)
        while true {
            let operations = try context.ledger.unexportedOperations(limit: Self.operationsPerAppend)
            guard let last = operations.last?.id else { return }
            try OperationsLog.append(operations, to: context.layout.operationsLog, writer: context.csvWriter)
            try context.ledger.markExported(upTo: last)
        }
    }
}
