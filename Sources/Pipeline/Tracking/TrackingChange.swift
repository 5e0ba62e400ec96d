import Carriers
import Domain
import Foundation

/// What a carrier's latest event changes for a shipped order: news to record and log when it differs from the
/// status the ledger keeps, and `COMPLETE` when it says delivered.
package struct TrackingChange: Equatable, Sendable {
    /// The status the ledger keeps beside the order (`orders_view.csv`'s `carrier_status…` columns).
    package struct Kept: Equatable, Sendable {
        package var status: String?
        package var code: String?
        package var text: String?
        package var at: Date?

        package init(status: String? = nil, code: String? = nil, text: String? = nil, at: Date? = nil) {
            self.status = status
            self.code = code
            self.text = text
            self.at = at
        }
    }

    /// Delivered, and the order already in the tracking file: it becomes `COMPLETE`.
    ///
    /// A `POSTED` order keeps its state, so that its tracking row is still written.
    package var completes: Bool
    /// Something to record and log: a completion, or an event other than the one kept (status, code, words, time).
    package var isNews: Bool

    package init(latest: TrackingEvent, state: OrderState, kept: Kept) {
        completes = latest.status == .delivered && state != .posted
        isNews =
            completes || latest.status.rawValue != kept.status || latest.code != kept.code
            || latest.text != kept.text || latest.recordedAt != kept.at
    }
}
