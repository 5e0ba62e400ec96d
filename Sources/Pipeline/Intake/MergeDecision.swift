import Domain

/// Intake's decision table: what becomes of an order an export holds, given what the ledger already knows of it.
///
/// Until an order may have a shipment the newest export wins; once it may, a later export changes nothing, but a
/// cancellation at Mirakl, which is flagged for a person.
package enum MergeDecision: Equatable, Sendable {
    /// Lines without an order id belong to no order: each is rejected, and the ledger gets no order "".
    case rejectLinesWithoutOrderID
    /// Mirakl cancelled or refused an order whose shipment may exist: kept, and flagged ("stop the parcel").
    case flagCancelledAfterBooking
    /// Posted earlier: not posted again, nothing changes.
    case keepPosted
    /// The same content as the export that queued it, or that it failed with: nothing to do.
    case keepUnchanged
    /// The export's verdict (skip, reject or accept) is recorded: a new order, or a newer export of one not posted.
    case recordVerdict

    /// What the ledger holds of an order, as far as the decision goes.
    package struct Known: Equatable, Sendable {
        package var state: OrderState
        package var contentHash: String
        /// Mirakl's state of the order as last recorded (`SHIPPING`, `CANCELED`, …); nil when never known.
        package var miraklState: String?

        package init(state: OrderState, contentHash: String, miraklState: String? = nil) {
            self.state = state
            self.contentHash = contentHash
            self.miraklState = miraklState
        }
    }

    /// The decision for an order with `orderID` whose export's lines hash to `contentHash` and give Mirakl's state
    /// as `miraklState` (upper-cased, empty when the export has none).
    package init(orderID: String, contentHash: String, miraklState: String, known: Known?) {
        guard !orderID.isEmpty else {
            self = .rejectLinesWithoutOrderID
            return
        }
        guard let known else {
            self = .recordVerdict
            return
        }
        if known.state.mayHaveShipment {
            let isNewlyCancelled =
                OrderValidator.cancelledStates.contains(miraklState) && known.miraklState != miraklState
            self = isNewlyCancelled ? .flagCancelledAfterBooking : .keepPosted
        } else if known.contentHash == contentHash, [.failedPost, .pendingPost].contains(known.state) {
            self = .keepUnchanged
        } else {
            self = .recordVerdict
        }
    }
}
