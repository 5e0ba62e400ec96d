import CSV
import Foundation
import Ledger
import Outbox
import Workspace

/// Writes the review files: each archived file's results, the `orders_view.csv` snapshot (when anything changed
/// since it was written), and the operations recorded since the last export, appended to `operations.csv`.
/// Rows stream from the ledger to disk a chunk at a time: memory does not grow with the number of orders.
struct ReportingStage {
    static let chunkSize = 1 << 20
    static let operationsPerAppend = 10_000

    let context: RunContext

    /// The three files are written at once: each reads the ledger apart and writes a file of its own.
    func run() async throws {
        let hasNews = try !context.ledger.unexportedOperations(limit: 1).isEmpty
        async let ordersViewWritten: Void = writeOrdersView(onlyIfMissing: !hasNews)
        async let resultsWritten: Void = writeResults()
        try exportOperations()
        try await resultsWritten
        try await ordersViewWritten
    }

    private func writeResults() throws {
        let writer = context.csvWriter
        for var file in try context.ledger.filesAwaitingResults() {
            guard let fileID = file.id, let resultsPath = file.resultsPath else { continue }
            _ = try AtomicFile.createExactly(context.layout.path(resultsPath)) { emit in
                try streamRows(header: writer.header(ResultsFile.columns), to: emit) { add in
                    try context.ledger.forEachOutcome(fileID: fileID) { try add(ResultsFile.row($0, writer: writer)) }
                }
            }
            file.status = .reported
            try context.ledger.update(file)
        }
    }

    private func writeOrdersView(onlyIfMissing: Bool) throws {
        if onlyIfMissing, FileManager.default.fileExists(atPath: context.layout.ordersView) { return }
        let writer = context.csvWriter
        let carriers = context.carrierNames
        try AtomicFile.replace(context.layout.ordersView) { emit in
            try streamRows(header: writer.header(OrdersView.columns), to: emit) { add in
                try context.ledger.forEachOrderWithSourceName { order, sourceFile in
                    try add(OrdersView.row(order, sourceFile: sourceFile, carriers: carriers, writer: writer))
                }
            }
        }
    }

    /// Appends the operations recorded since the last export to `operations.csv`, in a new file once a month has
    /// ended (the old one kept in `outbox/operations/`).
    func exportOperations() throws {
        try OperationsLog.rollOver(
            context.layout.operationsLog, into: context.layout.path("outbox/operations"), now: context.now())
        while true {
            let operations = try context.ledger.unexportedOperations(limit: Self.operationsPerAppend)
            guard let last = operations.last?.id else { return }
            try OperationsLog.append(operations, to: context.layout.operationsLog, writer: context.csvWriter)
            try context.ledger.markExported(upTo: last)
        }
    }

    /// Hands `emit` the header, then the rows `produce` adds, in chunks of about `chunkSize` bytes.
    private func streamRows(
        header: Data, to emit: (Data) throws -> Void, _ produce: (_ add: (Data) throws -> Void) throws -> Void
    ) throws {
        try withoutActuallyEscaping(emit) { emit in
            var chunk = header
            try produce { row in
                chunk.append(row)
                guard chunk.count >= Self.chunkSize else { return }
                try emit(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
            try emit(chunk)
        }
    }
}
