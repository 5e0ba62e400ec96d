import Domain
import Exports
import Foundation
import Ledger
import Outbox
import Workspace

/// Takes one ready file from the inbox to the archive: claim it (out of the inbox's reach), hash, register, read it
/// once to find its scattered orders, then again recording its orders a page at a time as they stream by, then move it
/// into place.
///
/// Each step commits to the ledger before the next, so a killed run resumes where it stopped.
struct IntakeStage {
    let context: RunContext
    let run: RunRecord
    let claim: InboxClaim
    let archiver: Archiver

    init(context: RunContext, run: RunRecord) {
        self.context = context
        self.run = run
        self.claim = InboxClaim(layout: context.layout, worker: context.lease.worker)
        self.archiver = Archiver(context: context, claim: claim)
    }

    /// Takes `file`, from the inbox or claimed by a killed run.
    ///
    /// Blocking (SQLite, file moves): run it on the blocking queue.
    func take(_ file: InboxScanner.ReadyFile, summary: inout RunSummary) throws {
        try context.lease.requireHeld()
        var ready = file
        if !claim.isClaimed(file) {
            switch try claim.claim(file) {
            case .claimed(let claimed):
                ready = claimed
            case .taken:
                return
            case .left(let reason):
                return try leaveInInbox(file.name, because: reason)
            }
        }
        // Claimed, the file is the program's own: not reading it is a fault of the machine, which stops the run.
        let digest = try FileDigest(path: ready.path)
        let candidate = InputFile(
            sha256: digest.sha256, name: ready.name, size: digest.size, runID: run.id ?? 0, receivedAt: context.now())
        switch try context.ledger.register(candidate, for: context.lease.worker) {
        case .duplicate(let earlier):
            try archiver.setAsideDuplicate(ready, digest: digest, earlier: earlier)
            summary.filesDuplicate += 1
        case .new(let file), .resumed(let file):
            summary.filesTaken += 1
            try process(file, at: ready.path, summary: &summary)
        }
    }

    /// A file that cannot be claimed (unreadable, changing, gone) stays in the inbox and is tried again next run.
    private func leaveInInbox(_ name: String, because reason: String) throws {
        try context.ledger.log([
            OperationRecord(
                scope: .intake, action: .readFile, status: .warning,
                message: "\(name) stays in inbox/ for the next run: \(reason)", meta: ["file.name": name],
                at: context.now())
        ])
    }

    private func process(_ file: InputFile, at path: String, summary: inout RunSummary) throws {
        guard let fileID = file.id else { return }
        let clock = ContinuousClock()
        let started = clock.now
        var recorder: OrderRecorder
        let (format, lineCount): (String, Int)
        do {
            let export = try ExportFile.open(path: path, extraAliases: context.settings.orders.headerAliases)
            let scattered = try ScatteredOrders(in: export, fileSize: Int(file.size))
            context.progress.begin("intake", total: scattered.orderRuns)
            recorder = try OrderRecorder(
                ledger: context.ledger, progress: context.progress, file: file, fileID: fileID,
                admission: admission(fields: export.fields), scattered: scattered.ids)
            var current: ExportedOrder?
            format = export.format
            lineCount = try export.forEachLine { number, orderID, values in
                CrashPoint.duringParsing.reach()
                let line = ExportedOrder.Line(number: number, values: values)
                if current?.orderID == orderID {
                    current?.lines.append(line)
                    return
                }
                if let finished = current { try recorder.add(finished) }
                current = ExportedOrder(orderID: orderID, lines: [line])
            }
            if let last = current { try recorder.add(last) }
        } catch let error as ExportError {
            // The file is at fault (malformed quoting, …), found by the first reading, before any order is recorded;
            // a failure of the ledger itself stops the run instead.
            try quarantine(file, because: error.message)
            summary.filesQuarantined += 1
            return
        }
        try recorder.finish()
        var read = file
        read.format = format
        read.lineCount = lineCount
        let recorded = try finishRecording(read, counts: recorder.counts, summary: &summary)
        context.logger.info(
            "file read",
            metadata: [
                "file.name": "\(file.name)", "file.lines": "\(lineCount)", "file.orders": "\(recorded.orderCount)",
                "intake.ms": "\((clock.now - started).wholeMilliseconds)",
            ])
        CrashPoint.beforeArchiving.reach()
        try archiver.archive(recorded)
    }

    private func admission(fields: [OrderField?]) -> OrderAdmission {
        OrderAdmission(
            fields: fields,
            validator: OrderValidator(
                defaultWeightKg: context.settings.orders.defaultWeightKg,
                skuWeightsKg: context.settings.orders.skuWeightsKg),
            router: Router(rules: context.settings.routing),
            fieldLimits: context.fieldLimits,
            carrierNames: context.carrierNames,
            now: context.now())
    }

    /// Once every order is recorded: the file's planned destinations and its summary, in one transaction.
    ///
    /// A run killed before it records the file again, its orders keeping what was recorded for them.
    private func finishRecording(
        _ file: InputFile, counts: [OrderAdmission.Outcome: Int], summary: inout RunSummary
    ) throws -> InputFile {
        let recorded = try context.ledger.transaction("finish recording \(file.name)") { ledger in
            var file = file
            try ledger.discardStagedLines(fileID: file.id ?? 0)
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
                    scope: .intake, action: .readFile, status: .ok,
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
                    scope: .intake, action: .readFile, status: .error, message: "\(file.name): \(reason)",
                    meta: ["file.sha256": file.sha256, "file.name": file.name], at: context.now()))
        }
        try archiver.archive(failed)
    }
}
