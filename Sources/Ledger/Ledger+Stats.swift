import Foundation

/// What `orchestrator stats` reads: counts, rejections, and how long orders waited, for orders first recorded since
/// a date.
extension Ledger {
    /// Orders by state, and by carrier (those without one under ""), most first.
    package func orderCounts(since: Date) throws(LedgerError) -> (byState: [(String, Int)], byCarrier: [(String, Int)])
    {
        try read("count orders") { db in
            let byState = try db.rows(
                #"SELECT state, COUNT(*) FROM "order" WHERE created_at >= ? GROUP BY state ORDER BY 2 DESC, 1"#,
                [since]
            ).map { (try $0[0] as String, try $0[1] as Int) }
            let byCarrier = try db.rows(
                #"""
                SELECT COALESCE(carrier_code, ''), COUNT(*) FROM "order" WHERE created_at >= ?
                GROUP BY 1 ORDER BY 2 DESC, 1
                """#, [since]
            ).map { (try $0[0] as String, try $0[1] as Int) }
            return (byState, byCarrier)
        }
    }

    /// The most frequent rejections since `since`: field and reason, and how many lines had them.
    package func topRejections(
        since: Date, limit: Int
    ) throws(LedgerError) -> [(field: String, reason: String, count: Int)] {
        try read("count rejections") { db in
            try db.rows(
                """
                SELECT r.field, r.reason, COUNT(*) FROM rejection r JOIN input_file f ON f.id = r.file_id
                WHERE f.received_at >= ? GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?
                """, [since, limit]
            ).map { (field: try $0[0], reason: try $0[1], count: try $0[2]) }
        }
    }

    /// For each order recorded since `since` and booked: seconds from its recording to its booking, and, once
    /// Mirakl confirmed its shipment, from its booking to that confirmation.
    package func waits(since: Date) throws(LedgerError) -> (toBooking: [Double], toConfirmation: [Double]) {
        try read("measure waits") { db in
            let booked = "MIN(c.timestamp)"
            let rows = try db.rows(
                """
                SELECT \(db.dialect.seconds(from: "o.created_at", to: booked)),
                       \(db.dialect.seconds(from: booked, to: "o.mirakl_ship_updated"))
                FROM "order" o JOIN operation c ON c.order_id = o.order_id
                WHERE o.created_at >= ? AND c.status = 'OK' AND c.action IN ('\(OperationAction.createShipment.rawValue)', '\(OperationAction.adoptShipment.rawValue)')
                GROUP BY o.order_id
                """, [since])
            return (
                try rows.compactMap { try $0[0] as Double? }, try rows.compactMap { try $0[1] as Double? }
            )
        }
    }
}
