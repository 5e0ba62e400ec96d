/// Where an order stands in its life (docs/reference/order-states.md).
///
/// Stored as text in the ledger.
package enum OrderState: String, Codable, Sendable, CaseIterable {
    /// Validation failed; a corrected re-drop moves it on.
    case rejected = "REJECTED"
    /// Mirakl state not shippable (not yet paid, cancelled, …).
    case skipped = "SKIPPED"
    case pendingPost = "PENDING_POST"
    /// A create-shipment call may be in flight: look the order up at the carrier before posting it again.
    case posting = "POSTING"
    case posted = "POSTED"
    case tracked = "TRACKED"
    case miraklOK = "MIRAKL_OK"
    case complete = "COMPLETE"
    case failedPost = "FAILED_POST"
    case failedTracking = "FAILED_TRACKING"
    case failedPush = "FAILED_PUSH"

    /// True once a carrier may hold a shipment for the order: a later export must never post it again.
    package var mayHaveShipment: Bool {
        switch self {
        case .rejected, .skipped, .pendingPost, .failedPost: false
        case .posting, .posted, .tracked, .miraklOK, .complete, .failedTracking, .failedPush: true
        }
    }

    /// True for the states nothing moves an order out of but a new export of it: `prune` may remove its files.
    package var isFinal: Bool {
        self == .complete || self == .skipped || self == .rejected
    }

    /// True for the states nothing moves an order out of without a person: rejected (a corrected export) or failed
    /// (`orchestrator retry`).
    package var needsAPerson: Bool {
        self == .rejected || isFailed
    }

    /// True for the states `orchestrator retry` puts back in the queue.
    package var isFailed: Bool {
        self == .failedPost || self == .failedTracking || self == .failedPush
    }
}
