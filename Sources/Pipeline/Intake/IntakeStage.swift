import Domain
import Exports
import Foundation
import Ledger
import Outbox
import Workspace

/// Takes one ready file from the inbox to the archive: hash, register, stage its lines, record its orders a page
/// at a time, then move it. Each step commits to the ledger before the next, so a killed run resumes where it
/// stopped.
struct IntakeStage {
    /// Orders recorded per transaction, while the next page is validated on another thread.
    static let ordersPerPage = 128

    let context: RunContext
    let run: RunRecord
    let archiver: Archiver

    init(context: RunContext, run: RunRecord) {
        self.context = context
        self.run = run
        self.archiver = Archiver(context: context)
    }

    /// Takes `ready`. Blocking (SQLite, file moves): run it on the blocking queue.
    func take(_ ready: InboxScanner.ReadyFile, summary: inout RunSummary) throws {
        let digest: FileDigest
        do {
            digest = try FileDigest(path: ready.path)
        } catch {
            // Left in the inbox (a permission problem, say) and tried again on the next run.
            try context.ledger.log([
                OperationRecord(
                    scope: .intake, action: "read_file", status: .warning,
                    message: "\(ready.name) cannot be read and stays in inbox/: \(error.reason)",
                    meta: ["file.name": ready.name], at: context.now())
            ])
            return
        }
        let candidate = InputFile(
            sha256: digest.sha256, name: ready.name, size: digest.size, runID: run.id ?? 0, receivedAt: context.now())
        switch try context.ledger.register(candidate) {
        case .duplicate(let earlier):
            try archiver.setAsideDuplicate(ready, digest: digest, earlier: earlier)
            summary.filesDuplicate += 1
        case .new(let file), .resumed(let file):
            summary.filesTaken += 1
            try process(file, at: ready.path, summary: &summary)
        }
    }

    private func process(_ file: InputFile, at path: String, summary: inout RunSummary) throws {
        let export: any ExportReading
        do {
            export = try ExportFile.open(path: path, extraAliases: context.settings.orders.headerAliases)
        } catch {
            try quarantine(file, because: error.message)
            summary.filesQuarantined += 1
            return
        }
        let clock = ContinuousClock()
        let started = clock.now
        let staged: InputFile
        do {
            let codec = StagedLineCodec(fields: export.fields)
            staged = try context.ledger.stage(file, codec: codec, format: export.format) { sink in
                try export.forEachLine { line, orderID, values in
                    try sink.add(line: line, orderID: orderID, values: values)
                    CrashPoint.duringParsing.reach()
                }
            }
        } catch let error as ExportError {
            // The file is at fault (malformed quoting, …); a failure of the ledger itself stops the run instead.
            try quarantine(file, because: error.message)
            summary.filesQuarantined += 1
            return
        }
        CrashPoint.afterStaging.reach()
        let stagedAt = clock.now
        let validated = try recordOrders(of: staged, summary: &summary)
        context.logger.info(
            "file read",
            metadata: [
                "file.name": "\(file.name)", "file.lines": "\(staged.lineCount)",
                "file.orders": "\(validated.orderCount)",
                "staging.ms": "\((stagedAt - started).wholeMilliseconds)",
                "validation.ms": "\((clock.now - stagedAt).wholeMilliseconds)",
            ])
        CrashPoint.beforeArchiving.reach()
        try archiver.archive(validated)
    }

    /// The validate and route stages for every order of the file, a page of orders per transaction, then the file's
    /// planned destinations. A run killed midway records the rest next time, and the orders already recorded keep
    /// what was recorded for them.
    private func recordOrders(of file: InputFile, summary: inout RunSummary) throws -> InputFile {
        guard let fileID = file.id else { return file }
        let merger = OrderMerger(
            validator: OrderValidator(
                defaultWeightKg: context.settings.orders.defaultWeightKg,
                skuWeightsKg: context.settings.orders.skuWeightsKg),
            router: Router(rules: context.settings.routing),
            fieldLimits: CarrierRegistry.fieldLimits,
            carrierNames: context.carrierNames,
            now: context.now())
        let resuming = try context.ledger.hasOutcomes(fileID: fileID)
        var counts: [OrderMerger.Outcome: Int] = [:]

        func record(_ page: Zip2Sequence<[StagedOrder], [OrderMerger.Assessment]>) throws {
            try context.ledger.transaction("record the orders of \(file.name)") { ledger in
                for (staged, assessment) in page {
                    let earlier =
                        try resuming
                        ? ledger.outcome(fileID: fileID, orderID: staged.orderID).flatMap(OrderMerger.Outcome.init)
                        : nil
                    let outcome = try earlier ?? merger.merge(staged, assessment, fileID: fileID, in: ledger)
                    counts[outcome, default: 0] += 1
                }
            }
            CrashPoint.betweenOrderPages.reach()
        }
        // Validating the next page on the second core while the ledger records this one: 36,200 against 26,400
        // rows/s for intake of a 30 MB export (two alternating release runs each), a whole run's gain when intake
        // is most of it.
        var pages = OverlappedPages<StagedOrder, OrderMerger.Assessment> { merger.assess($0) }
        var lastOrderID: String?
        while true {
            let page = try context.ledger.stagedOrders(of: file, after: lastOrderID, limit: Self.ordersPerPage)
            guard let last = page.last else { break }
            lastOrderID = last.orderID
            if let previous = pages.start(page) { try record(previous) }
        }
        if let previous = pages.finish() { try record(previous) }

        let recorded = try context.ledger.transaction("finish recording \(file.name)") { ledger in
            var file = file
            try ledger.discardStagedLines(fileID: fileID)
            file.orderCount = counts.values.reduce(0, +)
            file.status = .validated
            let day = context.layout.archiveFolder(.processed, day: context.now())
            file.archivePath = try archiver.plan(folder: day, name: file.name, in: ledger)
            if (counts[.rejected] ?? 0) > 0 {
                file.rejectsPath = try archiver.plan(
                    folder: context.layout.rejects, name: RejectsFile.name(stamp: run.stamp, inputName: file.name),
                    in: ledger)
            }
            file.resultsPath = try archiver.plan(
                folder: context.layout.results, name: ResultsFile.name(stamp: run.stamp, inputName: file.name),
                in: ledger)
            try ledger.update(file)
            try ledger.log(
                OperationRecord(
                    scope: .intake, action: "read_file", status: .ok,
                    message: "\(file.name): \(file.lineCount) line(s), \(file.orderCount) order(s)",
                    meta: ["file.sha256": file.sha256, "file.name": file.name], at: context.now()))
            return file
        }
        summary.ordersAccepted += counts[.accepted] ?? 0
        summary.ordersRejected += counts[.rejected] ?? 0
        summary.ordersSkipped += counts[.skipped] ?? 0
        summary.ordersAlreadyPosted += counts[.alreadyPosted] ?? 0
        summary.ordersCancelledAfterBooking += counts[.cancelledAfterBooking] ?? 0
        return recorded
    }

    private func quarantine(_ file: InputFile, because reason: String) throws {
        var failed = file
        failed.status = .failed
        failed.error = reason
        try context.ledger.transaction("quarantine \(file.name)") { ledger in
            failed.archivePath = try archiver.plan(
                folder: context.layout.archiveFolder(.failed, day: context.now()), name: file.name, in: ledger)
            try ledger.discardStagedLines(fileID: file.id ?? 0)
            try ledger.update(failed)
            try ledger.log(
                OperationRecord(
                    scope: .intake, action: "read_file", status: .error, message: "\(file.name): \(reason)",
                    meta: ["file.sha256": file.sha256, "file.name": file.name], at: context.now()))
        }
        try archiver.archive(failed)
    }
}
