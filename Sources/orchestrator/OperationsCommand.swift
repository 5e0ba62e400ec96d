import ArgumentParser
import CSV
import Foundation
import JSONWriting
import Ledger
import Outbox

/// `orchestrator operations`: the ledger's operations, filtered, as a table, CSV (the columns of
/// `operations.csv`) or JSON.
struct OperationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operations",
        abstract: "List operations from the ledger, filtered by scope, status, order or date.",
        discussion: """
            The ledger's operations, oldest first: every intake, carrier, Mirakl and orchestrator step with its \
            status and message, filtered by scope (intake, mirakl, carrier, orchestrator), status (OK, ERROR, \
            WARNING, SKIPPED), order, or day or moment (ISO 8601). `--format csv` has the columns of \
            `outbox/operations.csv`; `--format json` is an array of objects with `timestamp`, `scope`, `action`, \
            `order_id`, `carrier`, `status` and `message`.

            Exit: 0; 2 on an unknown scope or status or a date it cannot read.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "intake, mirakl, carrier or orchestrator.")
    var scope: String?

    @Option(name: .long, help: "OK, ERROR, WARNING or SKIPPED.")
    var status: String?

    @Option(name: .customLong("order"), help: "Only this Mirakl order's operations.")
    var orderID: String?

    @Option(name: .long, help: "Only operations from this day or moment on (2026-11-30 or 2026-11-30T08:00:00Z).")
    var since: String?

    @Option(name: .long, help: "table, csv or json.")
    var format: ListingFormat = .table

    func run() async throws {
        let filter = try self.filter()
        try await Session.with(options, access: .shared) { session in
            var operations: [OperationRecord] = []
            try session.ledger.forEachOperation(matching: filter) { operations.append($0) }
            switch format {
            case .csv:
                let writer = session.settings.outbox.listingWriter
                var document = writer.header(OperationsLog.columns)
                for operation in operations { document.append(OperationsLog.row(operation, writer: writer)) }
                FileHandle.standardOutput.write(document)
            case .json:
                let listed: [Any] = operations.map { operation in
                    [
                        "timestamp": operation.timestamp.formatted(.iso8601), "scope": operation.scope.rawValue,
                        "action": operation.action, "order_id": operation.orderID, "carrier": operation.carrier,
                        "status": operation.status.rawValue, "message": operation.message,
                    ]
                }
                print(String(decoding: JSONWriter.data(listed), as: UTF8.self))
            case .table:
                print(
                    TextTable.render(
                        header: ["TIME", "SCOPE", "ACTION", "STATUS", "ORDER", "MESSAGE"],
                        rows: operations.map {
                            [
                                $0.timestamp.formatted(.iso8601), $0.scope.rawValue, $0.action, $0.status.rawValue,
                                $0.orderID, $0.message,
                            ]
                        }) + "\n\(operations.count) operation(s)")
            }
        }
    }

    private func filter() throws -> OperationFilter {
        var filter = OperationFilter(orderID: orderID)
        if let scope {
            guard let parsed = OperationRecord.Scope(rawValue: scope.lowercased()) else {
                throw CommandFailure.usage("unknown scope '\(scope)'; one of intake, mirakl, carrier, orchestrator")
            }
            filter.scope = parsed
        }
        if let status {
            guard let parsed = OperationRecord.Status(rawValue: status.uppercased()) else {
                throw CommandFailure.usage("unknown status '\(status)'; one of OK, ERROR, WARNING, SKIPPED")
            }
            filter.status = parsed
        }
        filter.since = try since.map(DateArgument.parse)
        return filter
    }
}
