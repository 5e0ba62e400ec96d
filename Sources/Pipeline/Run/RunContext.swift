import CSV
import Carriers
import Domain
import Foundation
import Ledger
import Logging
import Mirakl
import Outbox
import RemoteCalls
import Settings
import Workspace

/// What every stage of a run works with: the root, the settings, the ledger, the carriers and the clock.
package struct RunContext: Sendable {
    package let layout: RootLayout
    package let settings: Settings
    package let ledger: Ledger
    /// Configured carriers by code; a routed carrier missing here is reported as not configured.
    package let carriers: [String: any CarrierClient]
    /// Why each carrier that routing may use is not configured (missing environment variables).
    package let unconfiguredCarriers: [String: String]
    /// Field lengths of every carrier this program knows, configured or not, by code: routing may only name these.
    package let fieldLimits: [String: FieldLimits]
    /// Each configured carrier's call limits, whose adaptive calls at once the run summary reports.
    package let callGates: [String: CallGate]
    /// The Mirakl API, when the environment configures it: orders are then fetched from it and confirmed to it.
    package let mirakl: MiraklClient?
    package let logger: Logger
    package let now: @Sendable () -> Date
    /// True once the process was asked to stop (SIGTERM in `watch`): no new file or order is started.
    package let isStopRequested: @Sendable () -> Bool
    /// How far the run is, for a progress line.
    package let progress: RunProgress
    /// The root's identity when the process started: a pass writes nothing into a root that lost it.
    package let rootMarker: RootMarker
    /// This process as a worker on the ledger, and its lease on what it claims there.
    package let lease: WorkerLease
    /// Where the stages that wait on the network commit their order transitions, off the cooperative pool and
    /// many to one flush.
    let commits: GroupCommit

    package init(
        layout: RootLayout, settings: Settings, ledger: Ledger, carriers: [String: any CarrierClient],
        unconfiguredCarriers: [String: String] = [:], fieldLimits: [String: FieldLimits],
        callGates: [String: CallGate] = [:], mirakl: MiraklClient? = nil,
        logger: Logger, now: @escaping @Sendable () -> Date = Date.init,
        isStopRequested: @escaping @Sendable () -> Bool = { false }, progress: RunProgress = RunProgress(),
        rootMarker: RootMarker, lease: WorkerLease = .alone()
    ) {
        self.layout = layout
        self.settings = settings
        self.ledger = ledger
        self.carriers = carriers
        self.unconfiguredCarriers = unconfiguredCarriers
        self.fieldLimits = fieldLimits
        self.callGates = callGates
        self.mirakl = mirakl
        self.logger = logger
        self.now = now
        self.isStopRequested = isStopRequested
        self.progress = progress
        self.rootMarker = rootMarker
        self.lease = lease
        commits = GroupCommit(ledger: ledger, root: layout.root)
    }

    /// The writer for every CSV under `outbox/`, in the reviewers' spreadsheet's dialect.
    var csvWriter: CSVWriter { CSVWriter(dialect: settings.outbox.csvDialect) }

    /// The review file (a CSV and its `.xlsx` twin) at `path`, relative to the root (as the ledger keeps paths).
    func reviewFile(_ path: String, columns: [String], sheetName: String) -> ReviewFile {
        ReviewFile(
            path: layout.path(path), columns: columns, sheetName: sheetName, dialect: settings.outbox.csvDialect)
    }

    var carrierNames: CarrierNames { settings.carrierNames }
}
