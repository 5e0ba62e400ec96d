import ArgumentParser
import CSV
import Domain
import Foundation
import Ledger
import Outbox
import Pipeline
import Settings

/// `orchestrator orders`: the ledger's orders, filtered, as a table, CSV or JSON.
struct OrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "List orders from the ledger.",
        discussion: """
            The ledger's orders, each with its last error. `--format csv` has the columns of \
            `outbox/orders_view.csv` in the review files' dialect without the BOM; `--format json` is an array of \
            objects with `order_id`, `state`, `carrier`, `service`, `tracking_number`, `label_path`, `error` (each a \
            string or null), `source_file`, `updated_at` (ISO 8601) and `retry_count`.

            Exit: 0; 2 on an unknown state; 4 when the ledger cannot be read.
            """)

    @OptionGroup var options: CommonOptions

    @Option(
        name: .long, help: "Only orders in this state (\(OrderState.allCases.map(\.rawValue).joined(separator: ", ")))."
    )
    var state: String?

    @Option(name: .long, help: "Only orders of this carrier (tipsa).")
    var carrier: String?

    @Option(name: .long, help: "table, csv or json.")
    var format: ListingFormat = .table

    func run() async throws {
        var states: [OrderState]?
        if let state {
            guard let parsed = OrderState(rawValue: state.uppercased()) else {
                throw CommandFailure.usage(
                    "unknown state '\(state)'; one of \(OrderState.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            states = [parsed]
        }
        try await Session.with(options, access: .shared) { session in
            var rows: [(order: OrderRecord, sourceFile: String)] = []
            try session.ledger.forEachOrderWithSourceName { order, sourceFile in
                guard states?.contains(order.state) ?? true,
                    carrier.map({ $0.lowercased() == order.carrierCode }) ?? true
                else {
                    return
                }
                rows.append((order, sourceFile))
            }
            switch format {
            case .csv:
                let writer = session.settings.outbox.listingWriter
                let names = session.settings.carrierNames
                var document = writer.header(OrdersView.columns)
                for (order, sourceFile) in rows {
                    document.append(writer.row(OrdersView.row(order, sourceFile: sourceFile, carriers: names).csvCells))
                }
                FileHandle.standardOutput.write(document)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                encoder.keyEncodingStrategy = .convertToSnakeCase
                let listed = rows.map { ListedOrder($0.order, sourceFile: $0.sourceFile) }
                FileHandle.standardOutput.write(try encoder.encode(listed))
                print()
            case .table:
                print(OrdersTable.render(rows.map(\.order)))
            }
        }
    }
}

/// An order as `orders --format json` shows it, its keys in snake case like every other listing's.
struct ListedOrder: Encodable {
    var orderID, state: String
    var carrier, service, trackingNumber, labelPath, error: String?
    var sourceFile: String
    var updatedAt: Date
    var retryCount: Int

    init(_ order: OrderRecord, sourceFile: String) {
        orderID = order.orderID
        state = order.state.rawValue
        carrier = order.carrierCode
        service = order.serviceCode
        trackingNumber = order.trackingNumber
        labelPath = order.labelPath
        error = order.errorMessage
        self.sourceFile = sourceFile
        updatedAt = order.updatedAt
        retryCount = order.retryCount
    }
}

/// The orders as a table for the terminal.
enum OrdersTable {
    static func render(_ orders: [OrderRecord]) -> String {
        TextTable.render(
            header: ["ORDER", "STATE", "CARRIER", "TRACKING", "LAST ERROR"],
            rows: orders.map { order in
                [
                    order.orderID, order.state.rawValue, order.carrierCode ?? "", order.trackingNumber ?? "",
                    order.errorMessage ?? "",
                ]
            }) + "\n\(orders.count) order(s)"
    }
}
