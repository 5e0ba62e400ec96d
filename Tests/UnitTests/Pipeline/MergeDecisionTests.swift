import Domain
import Pipeline
import Testing

/// Intake's decision table, row by row: until an order may have a shipment the newest export wins; after, nothing
/// changes it but a cancellation at Mirakl, which is flagged.
@Suite struct MergeDecisionTests {
    typealias Known = MergeDecision.Known

    static let rows: [(id: String, hash: String, mirakl: String, known: Known?, decision: MergeDecision)] = [
        ("", "h1", "SHIPPING", nil, .rejectLinesWithoutOrderID),
        ("", "h1", "SHIPPING", Known(state: .posted, contentHash: "h0"), .rejectLinesWithoutOrderID),
        ("A", "h1", "SHIPPING", nil, .recordVerdict),
        ("A", "h1", "CANCELED", nil, .recordVerdict),
        // Not posted yet: the newest export wins, unless it says what the ledger already has.
        ("A", "h2", "SHIPPING", Known(state: .pendingPost, contentHash: "h1"), .recordVerdict),
        ("A", "h1", "SHIPPING", Known(state: .pendingPost, contentHash: "h1"), .keepUnchanged),
        ("A", "h1", "SHIPPING", Known(state: .failedPost, contentHash: "h1"), .keepUnchanged),
        ("A", "h2", "SHIPPING", Known(state: .failedPost, contentHash: "h1"), .recordVerdict),
        ("A", "h1", "SHIPPING", Known(state: .rejected, contentHash: "h1"), .recordVerdict),
        ("A", "h1", "SHIPPING", Known(state: .skipped, contentHash: "h1"), .recordVerdict),
        ("A", "h1", "CANCELED", Known(state: .pendingPost, contentHash: "h0"), .recordVerdict),
        // It may have a shipment: kept, whatever the export says, but a new cancellation.
        ("A", "h2", "SHIPPING", Known(state: .posting, contentHash: "h1", miraklState: "SHIPPING"), .keepPosted),
        ("A", "h2", "SHIPPING", Known(state: .miraklOK, contentHash: "h1"), .keepPosted),
        ("A", "h2", "SHIPPED", Known(state: .tracked, contentHash: "h1", miraklState: "SHIPPING"), .keepPosted),
        (
            "A", "h2", "CANCELED", Known(state: .tracked, contentHash: "h1", miraklState: "SHIPPING"),
            .flagCancelledAfterBooking
        ),
        ("A", "h2", "REFUSED", Known(state: .posting, contentHash: "h1"), .flagCancelledAfterBooking),
        ("A", "h2", "CANCELLED", Known(state: .failedTracking, contentHash: "h1"), .flagCancelledAfterBooking),
        // Flagged once: the same cancellation again changes nothing.
        ("A", "h2", "CANCELED", Known(state: .tracked, contentHash: "h1", miraklState: "CANCELED"), .keepPosted),
    ]

    @Test(arguments: rows.indices)
    func theDecisionOfEachRow(_ index: Int) {
        let row = Self.rows[index]
        #expect(
            MergeDecision(orderID: row.id, contentHash: row.hash, miraklState: row.mirakl, known: row.known)
                == row.decision,
            "\(row)")
    }

    @Test func everyStateOfAKnownOrderIsDecided() {
        let posted = OrderState.allCases.filter(\.mayHaveShipment)
        for state in OrderState.allCases {
            let decision = MergeDecision(
                orderID: "A", contentHash: "new", miraklState: "SHIPPING",
                known: Known(state: state, contentHash: "old"))
            #expect(decision == (posted.contains(state) ? .keepPosted : .recordVerdict), "\(state)")
        }
    }
}
