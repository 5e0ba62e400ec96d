import Domain
import Foundation
import Testing

@testable import Ledger

/// Claims in a ledger workers share, on both backends: what one worker claimed is no other's while its lease runs,
/// and anyone's once it has run out; a carrier's call slots never add up to more than its total.
@Suite struct WorkClaimTests {
    static let lease = 1.0

    private static func worker(_ host: String) -> Worker {
        Worker(host: host, pid: 1, sharesWork: true, leaseSeconds: lease)
    }

    /// Waits out a lease of the first worker while the second renews its own.
    private static func outlive(_ first: Worker, renewing second: Worker, in ledger: Ledger) async throws {
        for _ in 0..<3 {
            try await Task.sleep(for: .seconds(lease / 2))
            #expect(try ledger.renewLease(of: second))
        }
    }

    private static func queue(_ ids: [String], in temporary: TemporaryLedger) throws {
        try temporary.ledger.transaction("queue orders") { transaction in
            for id in ids {
                try transaction.add(
                    OrderRecord(
                        orderID: id, state: .pendingPost, contentSHA256: "", sourceFileID: temporary.fileID, now: Date()
                    ))
            }
        }
    }

    @Test func anOrderAWorkerClaimedIsNoOneElsesUntilItsLeaseRunsOut() async throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        try Self.queue(["A", "B", "C"], in: temporary)
        let (first, second) = (Self.worker("host-one"), Self.worker("host-two"))
        #expect(try temporary.ledger.join(first, settingsSHA256: "same", at: Date()) == nil)
        #expect(try temporary.ledger.join(second, settingsSHA256: "same", at: Date()) == nil)

        let firstClaim = try temporary.ledger.claimOrders(in: [.pendingPost], for: first, limit: 2)
        let secondClaim = try temporary.ledger.claimOrders(in: [.pendingPost], for: second, limit: 10)
        let claimedAgain = try temporary.ledger.claimOrders(in: [.pendingPost], for: first, limit: 10)
        // The first worker stops renewing (its host went down); the second goes on.
        try await Self.outlive(first, renewing: second, in: temporary.ledger)
        let takenOver = try temporary.ledger.claimOrders(in: [.pendingPost], for: second, limit: 10)

        #expect(firstClaim.map(\.orderID) == ["A", "B"], "the oldest first")
        #expect(secondClaim.map(\.orderID) == ["C"], "what another worker holds is passed over")
        #expect(claimedAgain.isEmpty, "what a worker holds is not handed to it twice")
        #expect(takenOver.map(\.orderID) == ["A", "B"], "a lease run out frees its claims")
        #expect(try !temporary.ledger.renewLease(of: first), "a lease that ran out stays so")
        #expect(try temporary.ledger.liveWorkers(leaseSeconds: Self.lease).map(\.id) == [second.id])
    }

    @Test func aWorkerGoneForADayIsForgottenWhenAnotherJoinsAndWhatItClaimedIsFree() async throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        try Self.queue(["A"], in: temporary)
        let (gone, lately, joining) = (Self.worker("host-gone"), Self.worker("host-lately"), Self.worker("host-new"))
        _ = try temporary.ledger.join(gone, settingsSHA256: "same", at: Date())
        _ = try temporary.ledger.join(lately, settingsSHA256: "same", at: Date())
        _ = try temporary.ledger.claimOrders(in: [.pendingPost], for: gone, limit: 1)
        try temporary.ledger.write("age the leases") { db in
            try db.execute("UPDATE worker SET renewed_at = renewed_at - 86400 - 60 WHERE id = ?", gone.id)
            try db.execute("UPDATE worker SET renewed_at = renewed_at - 3600 WHERE id = ?", lately.id)
        }

        _ = try temporary.ledger.join(joining, settingsSHA256: "same", at: Date())

        let remembered = try temporary.ledger.read("list every worker") { db in
            try db.rows("SELECT id FROM worker ORDER BY id").map { try $0[0] as String }
        }
        #expect(remembered == [lately.id, joining.id].sorted(), "the one gone for an hour is still shown")
        #expect(try temporary.ledger.claimOrders(in: [.pendingPost], for: joining, limit: 1).map(\.orderID) == ["A"])
    }

    @Test func theSameContentBeingTakenByAnotherWorkerIsADuplicateUntilItsLeaseRunsOut() async throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let (first, second) = (Self.worker("host-one"), Self.worker("host-two"))
        _ = try temporary.ledger.join(first, settingsSHA256: "same", at: Date())
        _ = try temporary.ledger.join(second, settingsSHA256: "same", at: Date())
        let run = try temporary.ledger.beginRun(stamp: "20261201T000000Z", at: Date())
        let file = InputFile(sha256: "cafe", name: "drop.csv", size: 1, runID: run.id ?? 0, receivedAt: Date())

        let taken = try temporary.ledger.register(file, for: first)
        let meanwhile = try temporary.ledger.register(file, for: second)
        try await Self.outlive(first, renewing: second, in: temporary.ledger)
        let afterTheLease = try temporary.ledger.register(file, for: second)

        guard case .new = taken, case .duplicate = meanwhile, case .resumed = afterTheLease else {
            Issue.record("\(taken), \(meanwhile), \(afterTheLease)")
            return
        }
    }

    @Test func aCarriersCallSlotsNeverAddUpToMoreThanItsTotal() throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let workers = ["one", "two", "three"].map(Self.worker)
        for worker in workers { _ = try temporary.ledger.join(worker, settingsSHA256: "same", at: Date()) }

        let held = try workers.map {
            try temporary.ledger.claimCallSlots(carrier: "tipsa", total: 4, wanted: 3, for: $0)
        }
        try temporary.ledger.releaseCallSlots(of: workers[0])
        let afterRelease = try temporary.ledger.claimCallSlots(carrier: "tipsa", total: 4, wanted: 3, for: workers[2])
        let otherCarrier = try temporary.ledger.claimCallSlots(carrier: "ontime", total: 4, wanted: 3, for: workers[0])

        #expect(held == [3, 1, 0], "each up to its own limit, all within the total")
        #expect(afterRelease == 3, "slots given back are anyone's")
        #expect(otherCarrier == 3, "each carrier has its own")
    }

    @Test func aWorkerStartedWithOtherSettingsIsNotRecorded() throws {
        let temporary = try TemporaryLedger()
        defer { temporary.remove() }
        let (first, second) = (Self.worker("host-one"), Self.worker("host-two"))

        #expect(try temporary.ledger.join(first, settingsSHA256: "these", at: Date()) == nil)
        let refusedBy = try temporary.ledger.join(second, settingsSHA256: "others", at: Date())

        #expect(refusedBy?.id == first.id && refusedBy?.settingsSHA256 == "these")
        #expect(try temporary.ledger.liveWorkers(leaseSeconds: Self.lease).map(\.id) == [first.id])
    }
}
