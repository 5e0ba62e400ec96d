import Domain
import Foundation
import Ledger
import Pipeline
import Settings
import Workspace

/// What `orchestrator health` looks at, for a monitor (cron and mail, Nagios, a systemd timer) to run while a watcher
/// works: the root's folders and free space, the ledger, the lock, the last run, the inbox's backlog, and orders that
/// wait longer than they should.
///
/// It only reads: it takes no lock and creates nothing.
package struct HealthCheck {
    /// A POSTING order unchanged this long, with no run holding the lock, was left by a run that stopped.
    static let postingTooLong: TimeInterval = 10 * 60
    /// A TRACKED order not confirmed to Mirakl this long is waiting on the push.
    static let unconfirmedTooLong: TimeInterval = 2 * 3600
    static let wayBack = "put it back from a backup (`orchestrator restore`), or run once with --rebuild-ledger"

    /// A ready file waiting this long means no run takes files.
    static let waitingTooLong: TimeInterval = 3600

    let layout: RootLayout
    let settings: Settings
    let minimumFreeBytes: Int64
    let isMiraklConfigured: Bool
    let now: Date

    package init(
        layout: RootLayout, settings: Settings, minimumFreeBytes: Int64, isMiraklConfigured: Bool, now: Date
    ) {
        self.layout = layout
        self.settings = settings
        self.minimumFreeBytes = minimumFreeBytes
        self.isMiraklConfigured = isMiraklConfigured
        self.now = now
    }

    package func run() -> [HealthFinding] {
        var findings = [folders(), freeSpace()]
        let (ledgerFinding, ledger) = openLedger()
        findings.append(ledgerFinding)
        let lockHolder = RunLock.holder(at: layout.lockFile)
        findings += inbox()
        if let ledger {
            let isRunning: Bool
            if ledger.isInPostgres {
                // A worker of this host whose process is gone is not at work, whatever its lease says.
                let workers = ((try? ledger.liveWorkers(leaseSeconds: settings.sharing.leaseSeconds)) ?? []).filter {
                    $0.host != ThisProcess.host || ThisProcess.isRunning($0.pid)
                }
                findings.append(Self.workers(workers))
                isRunning = !workers.isEmpty
            } else {
                findings.append(lock(holder: lockHolder, ledger))
                isRunning = lockHolder != nil
            }
            findings.append(lastRun(ledger, isRunning: isRunning))
            findings += orders(ledger, isRunning: isRunning)
        }
        return findings
    }

    private func folders() -> HealthFinding {
        let named = [
            ("inbox", layout.inbox), ("outbox", layout.outbox), ("archive", layout.archive), ("logs", layout.logs),
        ]
        let faulty = named.filter { access($0.1, W_OK) != 0 }.map(\.0)
        guard faulty.isEmpty else {
            return .problem(
                "folders",
                "\(faulty.joined(separator: ", ")) missing or not writable: run `orchestrator init` "
                    + "or give the service's user write access")
        }
        return .ok("folders", "inbox, outbox, archive, logs present and writable")
    }

    private func freeSpace() -> HealthFinding {
        var info = statvfs()
        guard statvfs(layout.root, &info) == 0 else {
            return .problem("disk", "cannot read the free space of the root")
        }
        let free = Int64(info.f_bavail) * Int64(info.f_frsize)
        let text = "\(free >> 20) MB free on the root's file system (floor \(minimumFreeBytes >> 20) MB)"
        guard free >= minimumFreeBytes else {
            return .problem("disk", text + ": free space before it fills (a full disk stops runs)")
        }
        return .ok("disk", text)
    }

    private func openLedger() -> (HealthFinding, Ledger?) {
        let location: LedgerLocation
        do {
            location = try LedgerLocation.configured(sqlitePath: layout.ledger)
        } catch {
            return (.problem("ledger", error.description), nil)
        }
        if case .postgres = location { return openPostgresLedger(location) }
        let relative = layout.relative(layout.ledger)
        if layout.isLedgerMissing {
            guard let earlier = layout.firstArchivedFile() else {
                return (.ok("ledger", "\(relative) not made yet: no run so far"), nil)
            }
            return (.problem("ledger", "\(relative) is missing, but archive/ holds \(earlier): \(Self.wayBack)"), nil)
        }
        let ledger: Ledger
        do {
            ledger = try Ledger(path: layout.ledger)
        } catch  where error.isFromNewerVersion {
            return (.problem("ledger", "\(relative): \(error.message)"), nil)
        } catch {
            return (.problem("ledger", "\(relative) cannot be opened (\(error.message)): \(Self.wayBack)"), nil)
        }
        guard ledger.isIntact(), let schema = try? ledger.schemaVersion() else {
            return (.problem("ledger", "\(relative) is damaged: \(Self.wayBack)"), nil)
        }
        return (.ok("ledger", "\(relative) opens, quick_check ok, schema \(schema)"), ledger)
    }

    /// A ledger in PostgreSQL: it answers, at this program's schema, or the server cannot be reached.
    private func openPostgresLedger(_ location: LedgerLocation) -> (HealthFinding, Ledger?) {
        do {
            let ledger = try Ledger(location)
            guard ledger.isIntact(), let schema = try? ledger.schemaVersion() else {
                return (.problem("ledger", "\(location) does not answer"), nil)
            }
            if (try? ledger.latestRuns(limit: 1).isEmpty) == true, let earlier = layout.firstArchivedFile() {
                return (
                    .problem(
                        "ledger",
                        "PostgreSQL \(location) is empty, but archive/ holds \(earlier): restore the database, or "
                            + "run once with --rebuild-ledger"), nil
                )
            }
            let encryption = (try? ledger.connectionEncryption()).map { "over \($0)" } ?? "unencrypted"
            return (.ok("ledger", "PostgreSQL \(location) answers \(encryption), schema \(schema)"), ledger)
        } catch {
            return (.problem("ledger", "PostgreSQL \(location): \(error.message)"), nil)
        }
    }

    private func lock(holder: pid_t?, _ ledger: Ledger) -> HealthFinding {
        guard let holder else { return .ok("lock", "no run holds it") }
        let started = (try? ledger.latestRuns(limit: 1).first { $0.finishedAt == nil })?.map(\.startedAt)
        return .ok("lock", "held by process \(holder)" + (started.map { " since \($0.formatted(.iso8601))" } ?? ""))
    }

    /// The workers sharing a PostgreSQL ledger whose lease runs, in place of the root's lock.
    private static func workers(_ workers: [WorkerRecord]) -> HealthFinding {
        guard !workers.isEmpty else { return .ok("workers", "none at work") }
        let each = workers.map { worker in
            "\(worker.host) process \(worker.pid) since \(worker.startedAt.formatted(.iso8601))"
        }
        return .ok("workers", "\(workers.count) at work: " + each.joined(separator: "; "))
    }

    /// A run records its end (and exit code 0 or 1) when it finishes; one that was killed or stopped on a fatal
    /// error (exit 4) never does.
    private func lastRun(_ ledger: Ledger, isRunning: Bool) -> HealthFinding {
        guard let run = (try? ledger.latestRuns(limit: 1))?.first else { return .ok("last run", "none yet") }
        guard let finished = run.finishedAt else {
            let started = "started \(run.startedAt.formatted(.iso8601))"
            return isRunning
                ? .ok("last run", started + ", still running")
                : .problem(
                    "last run",
                    started + " and stopped before finishing (killed, or a fatal error): "
                        + "logs/orchestrator.log says why; the next run takes its work up")
        }
        return .ok("last run", "finished \(finished.formatted(.iso8601)), exit \(run.exitCode ?? -1)")
    }

    private func inbox() -> [HealthFinding] {
        let scanner = InboxScanner(
            inbox: layout.inbox, settleSeconds: settings.intake.settleSeconds,
            requiresDoneMarker: settings.intake.requiresDoneMarker)
        let ready = scanner.readyFiles(now: now)
        var findings: [HealthFinding] = []
        if let oldest = ready.first {
            let waited = now.timeIntervalSince(oldest.modified)
            let text = "\(ready.count) file(s) waiting, the oldest for \(Int(waited / 60)) min"
            findings.append(
                waited > Self.waitingTooLong
                    ? .problem("inbox", text + ": no run is taking files; is one scheduled (cron, or watch)?")
                    : .ok("inbox", text))
        } else {
            findings.append(.ok("inbox", "no file waiting"))
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.inbox)) ?? []
        let neverTaken = names.filter { !$0.hasPrefix(".") && !scanner.isCandidate($0) && !$0.hasSuffix(".done") }
            .sorted()
        if !neverTaken.isEmpty {
            findings.append(
                .problem(
                    "inbox",
                    "\(neverTaken.count) file(s) that will never be taken (only .csv and .json are): "
                        + neverTaken.prefix(5).joined(separator: ", ")))
        }
        return findings
    }

    private func orders(_ ledger: Ledger, isRunning: Bool) -> [HealthFinding] {
        var findings: [HealthFinding] = []
        let posting = isRunning ? 0 : (try? ledger.count(in: .posting, unchangedSince: now - Self.postingTooLong)) ?? 0
        if posting > 0 {
            findings.append(
                .problem(
                    "orders",
                    "\(posting) order(s) left POSTING by a run that stopped: the next run looks each up at "
                        + "its carrier before booking it; run it"))
        }
        if isMiraklConfigured {
            let unconfirmed = (try? ledger.count(in: .tracked, unchangedSince: now - Self.unconfirmedTooLong)) ?? 0
            if unconfirmed > 0 {
                findings.append(
                    .problem(
                        "orders",
                        "\(unconfirmed) order(s) not confirmed to Mirakl for 2 h: check MIRAKL_* and run "
                            + "`orchestrator push-tracking`"))
            }
        }
        for state in [OrderState.failedPost, .failedTracking, .failedPush] {
            let count = (try? ledger.count(in: state)) ?? 0
            if count > 0 {
                findings.append(
                    .problem(
                        "orders",
                        "\(count) \(state.rawValue): error_message in outbox/orders_view.csv says why; "
                            + "then `orchestrator retry`"))
            }
        }
        if findings.isEmpty { findings.append(.ok("orders", "none stuck or failed")) }
        return findings
    }
}
