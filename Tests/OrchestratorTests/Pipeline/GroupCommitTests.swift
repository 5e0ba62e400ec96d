import Domain
import Foundation
import Ledger
import Testing

@testable import Pipeline

/// The group commit: every caller's transition is on disk when its call returns, and a transition that finds its
/// order moved fails loudly instead of being lost.
@Suite struct GroupCommitTests {
    private static func queuedOrders(_ count: Int, in temporary: TemporaryLedger) throws -> [String] {
        let ids = (0..<count).map { "GC-\($0)" }
        try temporary.ledger.transaction("queue orders") { transaction in
            for id in ids {
                try transaction.add(
                    OrderRecord(
                        orderID: id, state: .pendingPost, contentSHA256: "", sourceFileID: temporary.fileID, now: Date()
                    ))
            }
        }
        return ids
    }

    @Test func concurrentTransitionsAreEachOnDiskWhenTheirCallReturns() async throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let ids = try Self.queuedOrders(64, in: temporary)
        let commits = GroupCommit(ledger: temporary.ledger, root: temporary.root.path)

        let seenPosting = try await withThrowingTaskGroup(of: Bool.self) { group in
            for id in ids {
                group.addTask {
                    let hasBegun = try await commits.commit {
                        try $0.beginPosting(id, from: .pendingPost, contentSHA256: "", at: Date())
                    }
                    // Read through a connection of its own: what the call promised is committed.
                    let reader = try Ledger(temporary.root.ledgerLocation)
                    return try hasBegun
                        && reader.orders(in: [.posting], after: 0, limit: 100).contains { $0.order.orderID == id }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }

        #expect(seenPosting.count == 64 && seenPosting.allSatisfy { $0 })
        #expect(try temporary.ledger.count(in: .posting) == 64)
    }

    @Test func aTransitionFromAStateTheOrderLeftFailsItsCallerAndLaterCommitsGoOn() async throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let ids = try Self.queuedOrders(2, in: temporary)
        let commits = GroupCommit(ledger: temporary.ledger, root: temporary.root.path)

        let missed = await #expect(throws: LedgerError.self) {
            try await commits.commit { try $0.recordLabel(ids[0], labelPath: "label.pdf", at: Date()) }
        }
        let hasBegun = try await commits.commit {
            try $0.beginPosting(ids[1], from: .pendingPost, contentSHA256: "", at: Date())
        }

        #expect(hasBegun)
        #expect(
            missed?.description.contains("order GC-0 is no longer POSTED") == true, "\(String(describing: missed))")
        #expect(try temporary.ledger.count(in: .pendingPost) == 1 && temporary.ledger.count(in: .posting) == 1)
    }
}
