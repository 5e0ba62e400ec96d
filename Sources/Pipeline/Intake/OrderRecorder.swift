import Domain
import Ledger

/// Records the orders of one file in the ledger as they stream from it, a page per transaction: each order as soon
/// as its last line is read, except the scattered ones (lines not all together), whose lines wait in the staging
/// table until the file has been read, and are then recorded the same way.
struct OrderRecorder {
    /// Orders per page, and so per transaction.
    static let ordersPerPage = 128

    private let ledger: Ledger
    private let progress: RunProgress
    private let file: InputFile
    private let fileID: Int64
    private let admission: OrderAdmission
    private let codec: StagedLineCodec
    /// An interrupted earlier attempt recorded some of the file's orders: those keep what was recorded for them.
    private let resuming: Bool
    private var page: [ExportedOrder] = []
    private var pages: OverlappedPages<ExportedOrder, OrderAdmission.Assessment?>
    /// What became of the orders recorded so far.
    private(set) var counts: [OrderAdmission.Outcome: Int] = [:]

    init(
        ledger: Ledger, progress: RunProgress, file: InputFile, fileID: Int64, admission: OrderAdmission,
        scattered: Set<String>
    ) throws {
        self.ledger = ledger
        self.progress = progress
        self.file = file
        self.fileID = fileID
        self.admission = admission
        codec = StagedLineCodec(fields: admission.fields)
        resuming = try ledger.hasOutcomes(fileID: fileID)
        // Validating the next page on the second core while the ledger records this one: 96,200 and 97,100 rows/s
        // against 61,500 and 63,900 with each page validated just before it is recorded (intake of a 43 MB export,
        // release build, two runs each): a whole run's gain when intake is most of it.
        // A scattered order (found by `ScatteredOrders` before reading) is only staged until the file's end.
        pages = OverlappedPages { order in scattered.contains(order.orderID) ? nil : admission.assess(order) }
    }

    /// Takes an order whose lines, as far as they are together, have all been read.
    mutating func add(_ order: ExportedOrder) throws {
        page.append(order)
        if page.count == Self.ordersPerPage { try startPage() }
    }

    /// Records what `add` took and not recorded yet, then the scattered orders, now that the file is read.
    mutating func finish() throws {
        try startPage()
        if let last = pages.finish() { try record(last) }
        CrashPoint.afterReading.reach()
        pages = OverlappedPages { [admission] order in admission.assess(order) }
        var lastOrderID: String?
        while true {
            let staged = try ledger.stagedOrders(
                fileID: fileID, codec: codec, after: lastOrderID, limit: Self.ordersPerPage)
            guard let last = staged.last else { break }
            lastOrderID = last.orderID
            if let previous = pages.start(staged) { try record(previous) }
        }
        if let last = pages.finish() { try record(last) }
    }

    private mutating func startPage() throws {
        guard !page.isEmpty else { return }
        defer { page = [] }
        if let previous = pages.start(page) { try record(previous) }
    }

    /// One transaction: each whole order merged (unless an earlier attempt did), each scattered one staged.
    private mutating func record(_ page: Zip2Sequence<[ExportedOrder], [OrderAdmission.Assessment?]>) throws {
        let recorded = page.count { $1 != nil }
        try ledger.transaction("record the orders of \(file.name)") { ledger in
            let existing = try ledger.orders(page.compactMap { $1 == nil ? nil : $0.orderID })
            for (order, assessment) in page {
                guard let assessment else {
                    try ledger.stage(order, fileID: fileID, codec: codec)
                    continue
                }
                let earlier =
                    try resuming
                    ? ledger.outcome(fileID: fileID, orderID: order.orderID).flatMap(OrderAdmission.Outcome.init)
                    : nil
                let outcome =
                    try earlier
                    ?? admission.merge(
                        order.orderID, assessment, existing: existing[order.orderID], fileID: fileID, in: ledger)
                counts[outcome, default: 0] += 1
            }
        }
        progress.update {
            $0.ordersRecorded += recorded
            $0.done += recorded
        }
        CrashPoint.betweenOrderPages.reach()
    }
}
