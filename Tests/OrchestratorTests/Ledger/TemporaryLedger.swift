import Foundation
import Ledger
import OrchestratorTesting

/// A real ledger file in a temporary root, with one run and one input file for orders to come from.
struct TemporaryLedger {
    let root: TemporaryRoot
    let ledger: Ledger
    let fileID: Int64

    init() throws {
        root = try TemporaryRoot()
        ledger = try Ledger(root.ledgerLocation)
        let run = try ledger.beginRun(stamp: "20261130T000000Z", at: Date())
        let registration = try ledger.register(
            InputFile(sha256: "feed", name: "export.csv", size: 1, runID: run.id ?? 0, receivedAt: Date()),
            for: .alone())
        guard case .new(let file) = registration, let id = file.id else { throw NotNew() }
        fileID = id
    }

    /// A fresh ledger took the file as a duplicate or a resumption.
    struct NotNew: Error {}

    func remove() { root.remove() }
}
