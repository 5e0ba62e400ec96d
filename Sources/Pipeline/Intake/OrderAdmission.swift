import Crypto
import Domain
import Foundation
import Ledger
import Outbox

/// Admits each order of a file, or not: validates and routes it (its `IntakeVerdict`), decides with what the ledger
/// knows of it what becomes of it (`MergeDecision`), and records that in the ledger.
struct OrderAdmission {
    /// What became of one order of the file, as its results file says it.
    enum Outcome: String {
        case accepted
        case rejected
        case skipped
        case alreadyPosted = "already posted"
        /// Same content as the export that put it in its current state: nothing to do.
        case unchanged
        /// Mirakl cancelled or refused it after its shipment was booked: the parcel must be stopped by a person.
        case cancelledAfterBooking = "cancelled after booking"
    }

    /// The field of each of the file's columns; nil for a column not read.
    let fields: [OrderField?]
    let validator: OrderValidator
    let router: Router
    /// Field limits of each carrier that routing can pick.
    let fieldLimits: [String: FieldLimits]
    /// How carriers are named to people, for the message that asks them to stop a parcel.
    let carrierNames: CarrierNames
    let now: Date

    /// What an order's lines alone say, without the ledger: worked out apart from `merge`, so that it can run on
    /// another thread while the ledger records the orders before.
    struct Assessment: Sendable {
        fileprivate let lines: [OrderLine]
        fileprivate let contentHash: String
        /// The order's state at Mirakl (`SHIPPING`, `CANCELED`, …), upper-cased; empty when the export has none.
        fileprivate let miraklState: String
        fileprivate let verdict: IntakeVerdict
    }

    func assess(_ order: ExportedOrder) -> Assessment {
        let lines = order.orderLines(fields: fields)
        return Assessment(
            lines: lines,
            contentHash: Self.contentHash(lines),
            miraklState: lines.first?.value(of: .orderState)?.uppercased() ?? "",
            verdict: IntakeVerdict(
                validator.validate(lines), firstLine: lines.first?.sourceLine ?? 0, router: router,
                fieldLimits: fieldLimits))
    }

    /// Records what becomes of the order, as `assess` found its lines and `MergeDecision` decides.
    ///
    /// `existing` is the ledger's record of the order, read in the transaction that records it (posting may have
    /// changed it since the page was read).
    func merge(
        _ orderID: String, _ assessment: Assessment, existing: OrderRecord?, fileID: Int64,
        in ledger: LedgerTransaction
    ) throws -> Outcome {
        let firstLine = assessment.lines.first?.sourceLine ?? 0
        let decision = MergeDecision(
            orderID: orderID, contentHash: assessment.contentHash, miraklState: assessment.miraklState,
            known: existing.map(MergeDecision.Known.init))
        switch (decision, existing) {
        case (.rejectLinesWithoutOrderID, _):
            return try rejectLinesWithoutOrderID(assessment.lines, fileID: fileID, ledger)
        case (.flagCancelledAfterBooking, let existing?):
            return try flagCancelledAfterBooking(
                existing, as: assessment.miraklState, fileID: fileID, firstLine: firstLine, ledger)
        case (.keepPosted, let existing?):
            let tracking = existing.trackingNumber.map { ", tracking \($0)" } ?? ""
            let message = "posted earlier (state \(existing.state.rawValue)\(tracking)); not posted again"
            // Not an operation: nothing changes. Overlapping exports repeat such orders every few minutes, and
            // the file's results say it; `operations.csv` would only fill with noise.
            try record(.alreadyPosted, message, fileID: fileID, orderID: orderID, firstLine: firstLine, ledger)
            return .alreadyPosted
        case (.keepUnchanged, let existing?):
            let message =
                existing.state == .failedPost
                ? "unchanged since it failed: \(existing.errorMessage ?? "") (use `orchestrator retry`)"
                : "unchanged; already queued for posting"
            try record(.unchanged, message, fileID: fileID, orderID: orderID, firstLine: firstLine, ledger)
            return .unchanged
        case (.recordVerdict, _), (_, nil):
            // (Only `recordVerdict` comes without a known order.)
            return try recordVerdict(orderID, assessment, existing: existing, fileID: fileID, ledger)
        }
    }

    /// Each line without an order id rejected, and one `ERROR` operation for them all.
    private func rejectLinesWithoutOrderID(
        _ lines: [OrderLine], fileID: Int64, _ ledger: LedgerTransaction
    ) throws -> Outcome {
        for line in lines {
            try ledger.recordRejection(
                fileID: fileID, orderID: "",
                problem: ValidationProblem(
                    line: line.sourceLine, field: OrderField.orderID.rawValue, reason: "is missing"))
        }
        let message = "\(lines.count) line(s) without an order id"
        try record(.rejected, message, fileID: fileID, orderID: "", firstLine: lines.first?.sourceLine ?? 0, ledger)
        try ledger.log(
            OperationRecord(scope: .intake, action: .mergeOrder, status: .error, message: message, at: now))
        return .rejected
    }

    /// The verdict as the order's new state: a new order, or a newer export of one not posted yet.
    private func recordVerdict(
        _ orderID: String, _ assessment: Assessment, existing: OrderRecord?, fileID: Int64,
        _ ledger: LedgerTransaction
    ) throws -> Outcome {
        let lines = assessment.lines
        let firstLine = lines.first?.sourceLine ?? 0
        let contentHash = assessment.contentHash
        var order =
            existing
            ?? OrderRecord(
                orderID: orderID, state: .pendingPost, contentSHA256: contentHash, sourceFileID: fileID, now: now)
        order.contentSHA256 = contentHash
        order.sourceFileID = fileID
        order.updatedAt = now
        order.errorMessage = nil
        order.miraklState = assessment.miraklState.isEmpty ? nil : assessment.miraklState

        let outcome: Outcome
        let message: String
        switch assessment.verdict {
        case .skip(let reason):
            order.state = .skipped
            order.errorMessage = reason
            (outcome, message) = (.skipped, reason)
        case .reject(let problems):
            order.state = .rejected
            order.errorMessage = problems.map(Self.describe).joined(separator: "; ")
            for problem in problems { try ledger.recordRejection(fileID: fileID, orderID: orderID, problem: problem) }
            (outcome, message) = (.rejected, order.errorMessage ?? "")
        case .accept(let shippable, let json, let route, let truncations):
            order.state = .pendingPost
            order.setShippable(shippable, json: json)
            order.carrierCode = route.carrier
            order.serviceCode = route.service
            for cut in truncations {
                try ledger.log(
                    OperationRecord(
                        scope: .intake, action: .truncateField, status: .warning,
                        message:
                            "\(cut.field) cut from \(cut.original) to \(cut.limit) characters for \(route.carrier)",
                        orderID: orderID, carrier: route.carrier, meta: ["field": cut.field], at: now))
            }
            (outcome, message) = (.accepted, "queued for \(route.carrier) service \(route.service)")
        }
        if let existing {
            try ledger.replaceExport(of: order, from: existing.state)
        } else {
            try ledger.add(order)
        }
        try record(outcome, message, fileID: fileID, orderID: orderID, firstLine: firstLine, ledger)
        for line in lines {
            for field in line.cleanedFields {
                try ledger.log(
                    OperationRecord(
                        scope: .intake, action: .cleanField, status: .warning,
                        message: "control characters removed from \(field.rawValue) (line \(line.sourceLine))",
                        orderID: orderID, meta: ["field": field.rawValue], at: now))
            }
        }
        try ledger.log(
            OperationRecord(
                scope: .intake, action: .mergeOrder,
                status: outcome == .accepted ? .ok : outcome == .skipped ? .skipped : .error,
                message: message, orderID: orderID, carrier: order.carrierCode ?? "", at: now))
        return outcome
    }

    /// Keeps the shipment (cancelling at the carrier is a person's call) and says so wherever people look: the
    /// order's error in `orders_view.csv`, a `WARNING` operation, the file's results, the run's exit code.
    private func flagCancelledAfterBooking(
        _ order: OrderRecord, as miraklState: String, fileID: Int64, firstLine: Int, _ ledger: LedgerTransaction
    ) throws -> Outcome {
        let carrier = carrierNames.name(order.carrierCode ?? "")
        let shipment =
            order.trackingNumber.map { "\(carrier) tracking \($0)" }
            ?? "a shipment may exist at \(carrier) under reference \(order.orderID)"
        let message =
            "\(miraklState == "REFUSED" ? "refused" : "cancelled") at Mirakl after booking — stop the parcel: "
            + shipment
        try ledger.markCancelledAfterBooking(order.orderID, miraklState: miraklState, message: message, at: now)
        try record(
            .cancelledAfterBooking, message, fileID: fileID, orderID: order.orderID, firstLine: firstLine, ledger)
        try ledger.log(
            OperationRecord(
                scope: .intake, action: .cancelledAfterBooking, status: .warning, message: message,
                orderID: order.orderID, carrier: order.carrierCode ?? "",
                meta: ["mirakl.state": miraklState, "tracking_number": order.trackingNumber ?? ""], at: now))
        return .cancelledAfterBooking
    }

    private func record(
        _ outcome: Outcome, _ message: String, fileID: Int64, orderID: String, firstLine: Int,
        _ ledger: LedgerTransaction
    ) throws {
        try ledger.recordOutcome(
            fileID: fileID, orderID: orderID, firstLine: firstLine, outcome: outcome.rawValue, message: message)
    }

    private static func describe(_ problem: ValidationProblem) -> String {
        problem.field.isEmpty ? problem.reason : "\(problem.field) \(problem.reason)"
    }

    /// A fingerprint of the order's lines as exported, independent of where they stood in the file: each line's
    /// fields are hashed in field order, then the lines' digests in sorted order.
    static func contentHash(_ lines: [OrderLine]) -> String {
        var lineDigests = lines.map { line in
            var hasher = SHA256()
            for (index, field) in OrderField.allCases.enumerated() {
                guard var value = line.value(of: field) else { continue }
                hasher.update(data: [UInt8(index), 0x1F])
                // Hashed in place: a `Data` copy of every value cost more than the hashing.
                value.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
                hasher.update(data: [0x1E])
            }
            return hasher.finalize()
        }
        if lineDigests.count > 1 {
            lineDigests.sort { $0.lexicographicallyPrecedes($1) }
        }
        var hasher = SHA256()
        for digest in lineDigests { digest.withUnsafeBytes { hasher.update(bufferPointer: $0) } }
        return hasher.finalize().hex
    }
}

extension MergeDecision.Known {
    init(_ order: OrderRecord) {
        self.init(state: order.state, contentHash: order.contentSHA256, miraklState: order.miraklState)
    }
}
