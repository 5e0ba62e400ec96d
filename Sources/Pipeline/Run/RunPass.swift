import Foundation
import Ledger
import Outbox
import Workspace

/// One pass over the root, its stages in order, each reading its input from the ledger and recording its output there:
/// finish what a killed run left, fetch from Mirakl, take every ready file, post (and label), hand shipments over,
/// write the tracking file, confirm to Mirakl, then the review files.
///
/// `orchestrator run` is one pass; `orchestrator watch` repeats it.
///
/// Workers sharing a ledger run their passes side by side: each takes the files it claims and posts the orders it
/// claims, within its share of each carrier's calls at once; one at a time fetches from Mirakl, and one at a time
/// does what follows posting (`SharedChore`).
package struct RunPass: Sendable {
    let context: RunContext

    package init(context: RunContext) {
        self.context = context
    }

    /// What a pass does: everything, or only intake (register, stage, validate, route, archive) for measuring it.
    package enum Scope: Sendable {
        case everything, intakeOnly
    }

    /// Deletes the temporaries a killed process left under `inbox/` (a Mirakl fetch's), `outbox/` and `archive/`.
    ///
    /// Once per process start: it walks the whole archive. Beside other workers, only those of this host's gone
    /// processes, and others' once untouched for a lease: a live worker may be writing them.
    package func removeLeftovers() {
        let worker = context.lease.worker
        let othersMayWriteFor = worker.sharesWork ? worker.leaseSeconds : nil
        for folder in [context.layout.inbox, context.layout.outbox, context.layout.archive] {
            AtomicFile.removeTemporaries(below: folder, othersMayWriteFor: othersMayWriteFor)
        }
    }

    package func run(_ scope: Scope = .everything) async throws -> RunSummary {
        do {
            return try await runStages(scope)
        } catch {
            // Whatever failed once the lease may have run out (an order another worker moved on meanwhile, a call
            // refused), or the root went (a folder that could not be made), failed because of that: said as such.
            guard context.lease.isHeld || error is LeaseLost else { throw LeaseLost(worker: context.lease.worker) }
            try context.layout.requireInPlace(context.rootMarker)
            throw error
        }
    }

    private func runStages(_ scope: Scope) async throws -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        let startDate = context.now()
        try context.layout.requireInPlace(context.rootMarker)
        try context.layout.createFolders()
        var run = try context.ledger.beginRun(stamp: startDate.fileStamp, at: startDate)
        var summary = RunSummary()
        context.progress.update { $0 = RunProgress.Snapshot() }

        let intake = IntakeStage(context: context, run: run)
        try finishWhatStoppedWorkersLeft(intake)
        // Orders changed at Mirakl become one more export in the inbox, taken with the others in this pass.
        var fetched: Set<String> = []
        var isMiraklRefused = false
        if scope == .everything, let mirakl = context.mirakl {
            mirakl.budget.renew()
            context.progress.begin("fetching from Mirakl")
            switch try await context.ledger.ifFree(
                .miraklFetch, { try await OrderFetch(context: context, client: mirakl).run() })
            {
            case .written(let name, let orders):
                fetched.insert(name)
                summary.ordersFetched += orders
            case .failed(let error):
                summary.miraklProblems.append("Mirakl fetch failed: \(error.message)")
                isMiraklRefused = error.kind == .unavailable
            case .tooSoon, .nothingNew, nil:
                break
            }
        }
        var stageStart = clock.now
        // One worker at a time, so that files are recorded oldest first over all of them, and none posts an order
        // before every file ready when it looked is recorded: the newest export of an order wins.
        summary.add(try await context.ledger.holding(.intake) { try await takeReadyFiles(intake, fetched: fetched) })
        stageStart = logStage("intake", since: stageStart)
        if scope == .intakeOnly { return summary }

        let availability = CarrierAvailability(
            unconfigured: context.unconfiguredCarriers,
            failuresBeforeUnavailable: context.settings.posting.failuresBeforeUnavailable)
        let callSlots = CallSlots(context: context)
        try await callSlots.claim()
        try await PostingStage(context: context, availability: availability).run(summary: &summary)
        stageStart = logStage("posting", since: stageStart)
        try await context.ledger.holding(.reviewFiles) {
            try context.lease.requireHeld()
            try context.layout.requireInPlace(context.rootMarker)
            try await finishAfterPosting(
                run: &run, availability: availability, isMiraklRefused: isMiraklRefused, summary: &summary,
                since: started, stageStart: stageStart)
        }
        try await callSlots.release()
        return summary
    }

    /// Takes every ready file, oldest first (a killed run's claimed file is the oldest).
    private func takeReadyFiles(_ intake: IntakeStage, fetched: Set<String>) async throws -> RunSummary {
        let renames = InboxNameRepair.repair(inbox: context.layout.inbox)
        try context.ledger.log(
            renames.map { rename in
                OperationRecord(
                    scope: .intake, action: .renameFile, status: .warning,
                    message: "renamed \(rename.from) to \(rename.to) in inbox/: its name was not UTF-8",
                    meta: ["file.name": rename.to], at: context.now())
            })
        let scanner = InboxScanner(
            inbox: context.layout.inbox, settleSeconds: context.settings.intake.settleSeconds,
            requiresDoneMarker: context.settings.intake.requiresDoneMarker)
        let ready = intake.claim.leftovers() + scanner.readyFiles(now: context.now(), complete: fetched)
        context.progress.begin("intake")
        context.progress.update { $0.filesReady = ready.count }
        var summary = RunSummary()
        for file in ready {
            if context.isStopRequested() { break }
            summary.add(
                try await BlockingWork.run {
                    var taken = RunSummary()
                    try intake.take(file, summary: &taken)
                    return taken
                })
            context.progress.update { $0.filesTaken += 1 }
        }
        return summary
    }

    /// What follows posting, one worker at a time: labels not had at booking, the handover, the tracking file, the
    /// push to Mirakl, the review files.
    private func finishAfterPosting(
        run: inout RunRecord, availability: CarrierAvailability, isMiraklRefused: Bool, summary: inout RunSummary,
        since started: ContinuousClock.Instant, stageStart: ContinuousClock.Instant
    ) async throws {
        let clock = ContinuousClock()
        var stageStart = stageStart
        try await LabelStage(context: context, availability: availability).run(summary: &summary)
        stageStart = logStage("labels", since: stageStart)
        context.progress.begin("handover")
        summary.failedHandovers = try await HandoverStage(context: context, availability: availability).run()
        stageStart = logStage("handover", since: stageStart)
        context.progress.begin("tracking file")
        try TrackingStage(context: context, run: run).run(summary: &summary)
        stageStart = logStage("tracking file", since: stageStart)
        // A key Mirakl refused at the fetch is said once; the push would only be refused again.
        if let mirakl = context.mirakl, !isMiraklRefused {
            try await TrackingPush(context: context, client: mirakl).run(summary: &summary)
            stageStart = logStage("push to Mirakl", since: stageStart)
        }
        summary.unavailableCarriers = availability.unavailableAmongConsulted()
        for (carrier, gate) in context.callGates {
            let report = await gate.takeReport()
            guard report.calls > 0 else { continue }
            summary.callLimits[carrier] =
                "up to \(report.limit) calls at once"
                + (report.decreases > 0 ? " (halved \(report.decreases) time(s) when it pushed back)" : "")
        }

        summary.elapsedSeconds = Double((clock.now - started).wholeMilliseconds) / 1000
        // A pass that found nothing to do (a quiet watch loop) leaves no trace in the review files.
        if summary != RunSummary(elapsedSeconds: summary.elapsedSeconds) {
            try context.ledger.log([
                OperationRecord(
                    scope: .orchestrator, action: .run, status: summary.exitCode == 0 ? .ok : .warning,
                    message: summary.line, durationMs: (clock.now - started).wholeMilliseconds, at: context.now())
            ])
        }
        context.progress.begin("review files")
        try await ReportingStage(context: context).run()
        logStage("review files", since: stageStart)

        run.finishedAt = context.now()
        run.exitCode = Int(summary.exitCode)
        run.summary = summary.line
        try context.ledger.finish(run)
    }

    /// What stopped processes left: workers of this host that are gone lose their lease at once; files whose orders
    /// were recorded but which were not archived are claimed and archived; files claimed by workers that no longer run
    /// are adopted, to be taken first.
    ///
    /// The files are claimed in the ledger before the live workers are listed: a worker whose file is claimed here is
    /// already among the gone, and its folder is adopted too.
    private func finishWhatStoppedWorkersLeft(_ intake: IntakeStage) throws {
        let worker = context.lease.worker
        if worker.sharesWork {
            try context.ledger.endLeases(
                ofVanishedWorkersOn: worker.host, except: worker, isRunning: ThisProcess.isRunning)
        }
        let awaitingArchive = try context.ledger.claimFilesAwaitingArchive(for: worker)
        if worker.sharesWork {
            let live = try context.ledger.liveWorkers(leaseSeconds: worker.leaseSeconds).map(\.id)
            try intake.claim.adoptClaims(ofWorkersOtherThan: Set(live))
        }
        for file in awaitingArchive {
            try intake.archiver.archive(file)
        }
    }

    /// Logs how long a stage took (shown with `--verbose`); returns now, the start of the next stage.
    @discardableResult
    private func logStage(_ stage: String, since start: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        context.logger.debug(
            "stage finished", metadata: ["stage": "\(stage)", "elapsed_ms": "\((now - start).wholeMilliseconds)"])
        return now
    }
}
