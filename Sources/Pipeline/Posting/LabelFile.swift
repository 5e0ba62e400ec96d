import Foundation
import Outbox
import Workspace

/// Where a shipment's label is kept: `outbox/labels/<carrier>/<tracking number>.pdf`, written once.
///
/// The file reaches the disk with the next group commit (`GroupCommit`), before the ledger names it.
enum LabelFile {
    /// Saves `label`; returns the path relative to the root.
    ///
    /// A file an interrupted attempt left is replaced: a power cut before that attempt's flush may have left it empty.
    static func save(_ label: Data, carrier: String, trackingNumber: String, layout: RootLayout) throws -> String {
        let path = layout.labels(carrier: OutboxName.safe(carrier)) + "/" + OutboxName.safe(trackingNumber) + ".pdf"
        if try !AtomicFile.createExactly(path, data: label, durability: .atNextFlush) {
            try AtomicFile.replace(path, durability: .atNextFlush) { emit in try emit(label) }
        }
        return layout.relative(path)
    }
}
