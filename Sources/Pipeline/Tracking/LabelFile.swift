import Foundation
import Outbox
import Workspace

/// Where a shipment's label is kept: `outbox/labels/<carrier>/<tracking number>.pdf`, written once.
enum LabelFile {
    /// Saves `label` unless an earlier attempt already did; returns the path relative to the root.
    static func save(_ label: Data, carrier: String, trackingNumber: String, layout: RootLayout) throws -> String {
        let path = layout.labels(carrier: OutboxName.safe(carrier)) + "/" + OutboxName.safe(trackingNumber) + ".pdf"
        _ = try AtomicFile.createExactly(path, data: label)
        return layout.relative(path)
    }
}
