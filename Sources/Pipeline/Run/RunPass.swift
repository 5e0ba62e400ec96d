import Carriers
import Foundation
import Ledger
import Outbox
import Workspace

/// One pass over the root: finish what a killed run left, take every ready file, post (handing shipments over as
/// they are booked), label, write tracking, then the review files. `orchestrator run` is one pass;
/// `orchestrator watch` repeats it.
public struct RunPass: Sendable {
    let context: RunContext

    public init(context: RunContext) {
        self.context = context
    }

    /// What a pass does: everything, or only intake (register, stage, validate, route, archive) for measuring it.
    public enum Scope: Sendable {
        case everything, intakeOnly
    }

    /// Deletes the temporaries a killed process left under `inbox/` (a Mirakl fetch's), `outbox/` and `archive/`.
    /// Once per process start: it walks the whole archive.
    public func removeLeftovers() {
        AtomicFile.removeTemporaries(below: context.layout.inbox)
        AtomicFile.removeTemporaries(below: context.layout.outbox)
        AtomicFile.removeTemporaries(below: context.layout.archive)
    }

    public func run(_ scope: Scope = .everything) async throws -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        let startDate = context.now()
        try context.layout.createFolders()
        var run = try context.ledger.beginRun(stamp: startDate.fileStamp, at: startDate)
        var summary = RunSummary()

        let intake = IntakeStage(context: context, run: run)
        for file in try context.ledger.filesAwaitingArchive() {
            try intake.archiver.archive(file)
        }
        // Orders changed at Mirakl become one more export in the inbox, taken with the others in this pass.
        var fetched: Set<String> = []
        var isMiraklRefused = false
        if scope == .everything, let mirakl = context.mirakl {
            mirakl.budget.renew()
            switch try await OrderFetch(context: context, client: mirakl).run() {
            case .written(let name, let orders):
                fetched.insert(name)
                summary.ordersFetched += orders
            case .failed(let error):
                summary.miraklProblems.append("Mirakl fetch failed: \(error.message)")
                isMiraklRefused = error.kind == .unavailable
            case .tooSoon, .nothingNew:
                break
            }
        }
        let scanner = InboxScanner(
            inbox: context.layout.inbox, settleSeconds: context.settings.intake.settleSeconds,
            requiresDoneMarker: context.settings.intake.requiresDoneMarker)
        // Oldest first, so that the newest export of an order wins. The last file is taken while its orders are
        // posted: no later file of the pass can change them.
        var ready = scanner.readyFiles(now: context.now(), complete: fetched)
        let takenWhilePosting = scope == .everything ? ready.popLast() : nil
        let availability = CarrierAvailability(
            unconfigured: context.unconfiguredCarriers,
            failuresBeforeOpening: context.settings.posting.consecutiveFailuresBeforePause)
        // With files to read, the carriers' sessions are opened meanwhile instead of before the first booking.
        async let sessionsOpened: Void = takenWhilePosting == nil ? () : openSessions(availability)
        for file in ready {
            if context.isStopRequested() { break }
            try intake.take(file, summary: &summary)
        }
        if scope == .intakeOnly { return summary }

        var stageStart = clock.now
        // The handover runs beside posting, the labels, the tracking file and the review files: its calls are network
        // waits.
        let (events, continuation) = AsyncStream.makeStream(of: PostingEvent.self)
        async let failedHandovers = AnnounceStage(context: context, availability: availability).handOver(events)
        try await post(
            telling: continuation, availability: availability,
            takingMeanwhile: context.isStopRequested() ? nil : takenWhilePosting, with: intake, summary: &summary)
        stageStart = logStage("intake and posting", since: stageStart)
        try await LabelStage(context: context, availability: availability).run(summary: &summary)
        try TrackingStage(context: context, run: run).run(summary: &summary)
        stageStart = logStage("labels and tracking", since: stageStart)
        // A key Mirakl refused at the fetch is said once; the push would only be refused again.
        if let mirakl = context.mirakl, !isMiraklRefused {
            try await TrackingPush(context: context, client: mirakl).run(summary: &summary)
            stageStart = logStage("push to Mirakl", since: stageStart)
        }

        // The review files are written while the last handover call may still wait for its answer: they do not
        // show handovers. The operations it and the run's summary add are appended once it has answered.
        let reporting = ReportingStage(context: context)
        async let reviewFilesWritten: Void = reporting.run()
        summary.failedHandovers = try await failedHandovers
        await sessionsOpened
        summary.unavailableCarriers = availability.unavailableAmongConsulted()
        try await reviewFilesWritten

        summary.elapsedSeconds = Double((clock.now - started).wholeMilliseconds) / 1000
        // A pass that found nothing to do (a quiet watch loop) leaves no trace in the review files.
        if summary != RunSummary(elapsedSeconds: summary.elapsedSeconds) {
            try context.ledger.log([OperationRecord(
                scope: .orchestrator, action: "run", status: summary.exitCode == 0 ? .ok : .warning,
                message: summary.line, durationMs: (clock.now - started).wholeMilliseconds, at: context.now())])
        }
        try reporting.exportOperations()
        logStage("handover and reporting", since: stageStart)

        run.finishedAt = context.now()
        run.exitCode = Int(summary.exitCode)
        run.summary = summary.line
        try context.ledger.finish(run)
        return summary
    }

    /// The posting stage, telling `events` as it goes; the stream ends with the stage, thrown or not. With a file to
    /// take meanwhile, its orders are posted as intake commits them; once it is taken (and only if that went well),
    /// the orders queued before.
    private func post(
        telling events: AsyncStream<PostingEvent>.Continuation, availability: CarrierAvailability,
        takingMeanwhile file: InboxScanner.ReadyFile?, with intake: IntakeStage, summary: inout RunSummary
    ) async throws {
        defer { events.finish() }
        let posting = PostingStage(context: context, availability: availability, events: events)
        guard let file else {
            try await posting.run(summary: &summary)
            return
        }
        let queuedBefore = try context.ledger.lastOrderPosition()
        let feed = IntakeFeed()
        async let taken = intake.takeOnItsOwnThread(file, feed: feed)
        try await posting.run(recordedAfter: queuedBefore, alongside: feed, summary: &summary)
        summary.add(try await taken)
    }

    /// Opens every carrier's session (TIPSA's login). A carrier that refuses the credentials is out for the run at
    /// once, as it would be at its first call; posting tries again after any other failure.
    private func openSessions(_ availability: CarrierAvailability) async {
        await withTaskGroup(of: Void.self) { group in
            for (code, client) in context.carriers {
                group.addTask {
                    do throws(CarrierError) {
                        try await client.openSession()
                    } catch {
                        _ = availability.recordFailure(code, error)
                    }
                }
            }
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
