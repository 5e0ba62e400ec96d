import Domain
import Foundation
import GRDB

extension Ledger {
    public func order(_ orderID: String) throws(LedgerError) -> OrderRecord? {
        try read("read order") { db in try OrderRecord.fetchOne(db, key: orderID) }
    }

    /// Orders in any of `states`, optionally of one carrier, oldest first.
    public func orders(in states: [OrderState]? = nil, carrier: String? = nil) throws(LedgerError) -> [OrderRecord] {
        try read("list orders") { db in
            var request = OrderRecord.all()
            if let states { request = request.filter(states.map(\.rawValue).contains(Column("state"))) }
            if let carrier { request = request.filter(Column("carrier_code") == carrier) }
            return try request.order(Column("created_at"), Column("order_id")).fetchAll(db)
        }
    }

    /// Saves `order` and logs `operations` in one transaction.
    public func save(_ order: OrderRecord, logging operations: [OperationRecord] = []) throws(LedgerError) {
        try transaction("record order state") { transaction in
            try transaction.save(order)
            for operation in operations { try transaction.log(operation) }
        }
    }

    /// Promises `relativePath` as the tracking file of `orderIDs`, before the file is written.
    public func assignTrackingFile(_ relativePath: String, to orderIDs: [String]) throws(LedgerError) {
        try write("assign a tracking file") { db in
            for orderID in orderIDs {
                try db.execute(
                    sql: #"UPDATE "order" SET tracking_file = ? WHERE order_id = ?"#, arguments: [relativePath, orderID])
            }
        }
    }

    /// Order counts by state and carrier.
    public func countsByStateAndCarrier() throws(LedgerError) -> [(state: String, carrier: String, count: Int)] {
        try read("count orders") { db in
            try Row.fetchAll(
                db,
                sql: #"SELECT state, COALESCE(carrier_code, ''), COUNT(*) FROM "order" GROUP BY 1, 2 ORDER BY 1, 2"#
            ).map { (state: $0[0], carrier: $0[1], count: $0[2]) }
        }
    }
}

extension Ledger {
    /// Every order with the name of the file that last changed it, for `orders_view.csv`.
    public func ordersWithSourceNames() throws(LedgerError) -> [(order: OrderRecord, sourceFile: String)] {
        try read("read the orders view") { db in
            let names = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, name FROM input_file").map {
                    (row: Row) -> (Int64, String) in (row[0], row[1])
                })
            return try OrderRecord.order(Column("created_at"), Column("order_id")).fetchAll(db).map {
                (order: $0, sourceFile: names[$0.sourceFileId] ?? "")
            }
        }
    }
}
