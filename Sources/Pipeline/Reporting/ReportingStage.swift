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

    func writeOrdersView() throws {
        let document = OrdersView.document(
            try context.ledger.ordersWithSourceNames(), carriers: context.carrierNames, writer: context.csvWriter)
        try AtomicFile.replace(context.layout.ordersView, with: document)
    }

    func exportOperations() throws {
        let operations = try context.ledger.unexportedOperations()
        guard let last = operations.last?.id else { return }
        try OperationsLog.append(operations, to: context.layout.operationsLog, writer: context.csvWriter)
        try context.ledger.markExported(upTo: last)
    }
}
