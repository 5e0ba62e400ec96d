import AsyncHTTPClient
import Carriers
import Connections
import Domain
import Foundation
import Ledger
import Logging
import Mirakl
import Pipeline
import RemoteCalls
import Settings
import Simulators
import Workspace

/// Everything a command that works on a root needs, built from the options and the environment, for the length of
/// `Session.with { … }`.
///
/// A command that changes the ledger (`.working`, `.exclusive`) holds the run lock on an SQLite ledger: one at a
/// time per root. On a PostgreSQL ledger it joins the work as a worker instead, beside any others on this host or
/// another, and renews its lease until it closes; an `.exclusive` one also does its work while holding the lock of
/// the review files, so that it never interleaves with what workers do after posting.
struct Session {
    enum Access {
        /// `run` and `watch`: the pipeline, which shares its work with other workers on a shared ledger.
        case working
        /// A command that changes orders or files outside the pipeline (`retry`, `prune`, `push-tracking`, …).
        case exclusive
        /// A command that only reads.
        case shared
    }

    let layout: RootLayout
    let settings: Settings
    let ledger: Ledger
    let logger: Logger
    let httpClient: HTTPClient
    let carriers: [String: any CarrierClient]
    let unconfiguredCarriers: [String: String]
    let callGates: [String: CallGate]
    /// The Mirakl API, when `MIRAKL_*` configure it.
    let mirakl: MiraklClient?
    /// The root's identity when the session opened.
    let rootMarker: RootMarker
    /// This process as a worker on the ledger.
    let lease: WorkerLease
    /// Renews `lease` while the session lasts, on a shared ledger.
    private let leaseRenewal: Task<Void, Never>?
    /// Held for the session's lifetime; released when the session is dropped (or the process ends).
    private let lock: RunLock?
    private let sandbox: Sandbox?

    /// `booksShipments`: the command may book shipments, so outside `--sandbox` the sender must be a real one.
    private static func open(
        _ options: CommonOptions, access: Access, booksShipments: Bool = false
    ) async throws -> Session {
        let layout = options.layout
        let (configPath, isExplicit) = options.configPath
        let settings: Settings
        do {
            settings = try SettingsFile.load(path: configPath, isRequired: isExplicit)
            try SenderCheck.validate(settings.sender)
            if booksShipments, !options.sandbox { try SenderCheck.requireChosen(settings.sender) }
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        do {
            try layout.createFolders()
        } catch {
            throw CommandFailure.fatal("cannot create the folders under \(layout.root): \(error.localizedDescription)")
        }
        let sharesLedger = LedgerOpening.isShared(layout)
        var lock: RunLock?
        if access != .shared, !sharesLedger {
            lock = try RunLock.acquire(at: layout.lockFile)
            guard lock != nil else {
                throw CommandFailure(
                    exitCode: CommandFailure.locked,
                    message: "another run holds the lock on \(layout.root); nothing done")
            }
        }
        let logger = ProcessLogger.make(layout: layout, options: options)
        let ledger = try LedgerOpening.open(layout, rebuilding: options.rebuildLedger, now: Date())
        let rootMarker: RootMarker
        do {
            rootMarker = try RootMarker.establish(layout)
        } catch {
            throw CommandFailure.fatal("\(error)")
        }
        RootGuard.guardFolders(of: layout.root)
        let lease = try join(ledger, settings: settings, isWorking: access != .shared && sharesLedger)
        let leaseRenewal = lease.worker.sharesWork ? Task { await lease.keepRenewing(ledger, logger: logger) } : nil

        var environment = options.environment
        var sandbox: Sandbox?
        if options.sandbox {
            let started = try await Sandbox.startDemo(logger: logger)
            environment.merge(started.environment) { _, simulated in simulated }
            sandbox = started
        }
        let httpClient = CarrierRegistry.httpClient(settings: settings)
        let (carriers, unconfigured, callGates) = CarrierRegistry.clients(
            environment: environment, httpClient: httpClient, settings: settings, logger: logger)
        let mirakl: MiraklClient?
        do {
            mirakl = try MiraklConnection.client(
                environment: environment, httpClient: httpClient, settings: settings, logger: logger)
        } catch {
            try? await httpClient.shutdown()
            await sandbox?.stop()
            leaseRenewal?.cancel()
            throw CommandFailure.usage("\(error)")
        }
        return Session(
            layout: layout, settings: settings, ledger: ledger, logger: logger, httpClient: httpClient,
            carriers: carriers, unconfiguredCarriers: unconfigured, callGates: callGates, mirakl: mirakl,
            rootMarker: rootMarker, lease: lease, leaseRenewal: leaseRenewal, lock: lock, sandbox: sandbox)
    }

    /// This process as a worker: alone on an SQLite ledger (or only reading); on a shared one, recorded beside the
    /// other workers, unless one whose lease runs was started with other settings (exit 2: workers that route or
    /// limit differently must not share a queue).
    private static func join(_ ledger: Ledger, settings: Settings, isWorking: Bool) throws -> WorkerLease {
        guard isWorking else { return .alone() }
        let worker = Worker(
            host: ThisProcess.host, pid: ThisProcess.pid, sharesWork: true,
            leaseSeconds: settings.sharing.leaseSeconds)
        let refusedBy: WorkerRecord?
        do {
            refusedBy = try ledger.join(worker, settingsSHA256: settings.fingerprint, at: Date())
        } catch {
            throw CommandFailure.fatal("\(error)")
        }
        if let other = refusedBy {
            throw CommandFailure.usage(
                "worker \(other.id) (host \(other.host), started \(other.startedAt.isoUTC)) shares this ledger with "
                    + "other settings (SHA-256 \(other.settingsSHA256.prefix(12)), these \(settings.fingerprint.prefix(12))): "
                    + "give every worker the same configuration file, or stop the others first; nothing done")
        }
        return WorkerLease(worker: worker)
    }

    /// Opens the session, runs `work` and closes the session, whatever `work` did: the one way commands use a session.
    ///
    /// Unless `access` is `.shared`, the session holds the run lock (or, on a shared ledger, its worker's lease) while
    /// `work` runs. An error thrown by `work` that is not a `CommandFailure` means the ledger or the disk failed under
    /// it: exit 4 (1 for a dropped database connection).
    static func with<T: Sendable>(
        _ options: CommonOptions, access: Access = .exclusive, booksShipments: Bool = false,
        _ work: (Session) async throws -> T
    ) async throws -> T {
        let session = try await open(options, access: access, booksShipments: booksShipments)
        do {
            let result: T
            if access == .exclusive, session.lease.worker.sharesWork {
                result = try await session.ledger.holding(.reviewFiles) { try await work(session) }
            } else {
                result = try await work(session)
            }
            await session.close()
            return result
        } catch let failure as CommandFailure {
            await session.close()
            throw failure
        } catch let error as LedgerError where error.isDamage {
            await session.close()
            throw LedgerOpening.damaged(session.layout, error)
        } catch let error as LedgerError where error.isDiskFull {
            await session.close()
            throw diskFull(session.layout, error)
        } catch let error as LedgerError where error.isConnectionLost {
            await session.close()
            throw CommandFailure(
                exitCode: CommandFailure.partlyDone,
                message: "stopped: \(error). The ledger's database dropped the connection in the middle of the run (a "
                    + "restart, a failover): what was done is recorded, nothing of it half; as after a carrier outage, "
                    + "the next run takes up the rest")
        } catch let error as FileSystemError where error.errno == ENOSPC {
            await session.close()
            throw diskFull(session.layout, error)
        } catch {
            await session.close()
            throw CommandFailure.fatal("stopped: \(error)")
        }
    }

    private static func diskFull(_ layout: RootLayout, _ error: any Error) -> CommandFailure {
        CommandFailure.fatal(
            "the disk is full (\(error)). What was done is recorded and nothing is half written: free space under "
                + "\(layout.root) and run again to finish the rest")
    }

    /// The Mirakl client, for the commands that need one: exit 2 without `MIRAKL_*`.
    func requireMirakl() throws -> MiraklClient {
        guard let mirakl else {
            throw CommandFailure.usage("Mirakl is not configured: set MIRAKL_URL and MIRAKL_API_KEY in the environment")
        }
        return mirakl
    }

    func context(
        isStopRequested: @escaping @Sendable () -> Bool = { false }, progress: RunProgress = RunProgress()
    ) -> RunContext {
        RunContext(
            layout: layout, settings: settings, ledger: ledger, carriers: carriers,
            unconfiguredCarriers: unconfiguredCarriers, fieldLimits: CarrierRegistry.fieldLimits, callGates: callGates,
            mirakl: mirakl, logger: logger,
            isStopRequested: isStopRequested, progress: progress, rootMarker: rootMarker, lease: lease)
    }

    /// Ends the session; a worker leaves the work, its unfinished claims going back to the queue.
    func close() async {
        leaseRenewal?.cancel()
        if lease.worker.sharesWork { try? ledger.leave(lease.worker) }
        try? await httpClient.shutdown()
        await sandbox?.stop()
    }
}
