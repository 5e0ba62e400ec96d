import AsyncHTTPClient
import Carriers
import Domain
import Foundation
import Ledger
import Logging
import Mirakl
import Pipeline
import Settings
import Simulators
import Workspace

/// Everything a command that works on a root needs, built from the options and the environment; `close()`
/// releases it. Holding a session of kind `.exclusive` means holding the run lock.
struct Session {
    enum Access { case exclusive, shared }

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
    /// Held for the session's lifetime; released when the session is dropped (or the process ends).
    private let lock: RunLock?
    private let sandbox: Sandbox?

    /// `booksShipments`: the command may book shipments, so outside `--sandbox` the sender must be a real one.
    static func open(_ options: CommonOptions, access: Access, booksShipments: Bool = false) async throws -> Session {
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
        var lock: RunLock?
        if access == .exclusive {
            lock = try RunLock.acquire(at: layout.lockFile)
            guard lock != nil else {
                throw CommandFailure(
                    exitCode: CommandFailure.locked,
                    message: "another run holds the lock on \(layout.root); nothing done")
            }
        }
        let logger = ProcessLogger.make(layout: layout, options: options)
        let ledger = try LedgerOpening.open(layout, rebuilding: options.rebuildLedger, now: Date())

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
            throw CommandFailure.usage("\(error)")
        }
        return Session(
            layout: layout, settings: settings, ledger: ledger, logger: logger, httpClient: httpClient,
            carriers: carriers, unconfiguredCarriers: unconfigured, callGates: callGates, mirakl: mirakl, lock: lock,
            sandbox: sandbox)
    }

    /// Holds the run lock while `work` runs, then closes the session. An error thrown by `work` means the ledger
    /// or the disk failed under it: exit 4.
    static func withLock<T>(
        _ options: CommonOptions, booksShipments: Bool = false, _ work: (Session) async throws -> T
    ) async throws -> T {
        let session = try await open(options, access: .exclusive, booksShipments: booksShipments)
        do {
            let result = try await work(session)
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
        } catch let error as FileSystemError where error.errno == ENOSPC {
            await session.close()
            throw diskFull(session.layout, error)
        } catch {
            await session.close()
            throw CommandFailure.fatal("run stopped: \(error)")
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
            unconfiguredCarriers: unconfiguredCarriers, callGates: callGates, mirakl: mirakl, logger: logger,
            isStopRequested: isStopRequested, progress: progress)
    }

    func close() async {
        try? await httpClient.shutdown()
        await sandbox?.stop()
    }
}
