import Dispatch

/// Works out `assess` for batches of items on another thread while the calling thread records the batch before.
/// In intake, validating and hashing the next orders (pure computation) overlaps the SQL that records the previous
/// ones on the ledger's connection. Items are recorded in the order they were added, all on the calling thread;
/// at most two batches are held at a time.
struct OverlappedBatches<Item: Sendable, Assessment: Sendable> {
    let batchSize: Int
    let assess: @Sendable (Item) -> Assessment
    private var gathered: [Item] = []
    private var inFlight: BatchAssessment<Item, Assessment>?

    init(batchSize: Int, assess: @escaping @Sendable (Item) -> Assessment) {
        self.batchSize = batchSize
        self.assess = assess
        gathered.reserveCapacity(batchSize)
    }

    /// Adds an item; once a batch is full, records the batch before it through `record`.
    mutating func add(_ item: Item, record: (Item, Assessment) throws -> Void) throws {
        gathered.append(item)
        if gathered.count == batchSize { try handOver(record) }
    }

    /// Records every item added and not yet recorded.
    mutating func finish(record: (Item, Assessment) throws -> Void) throws {
        try handOver(record)
        try handOver(record)
    }

    /// Starts assessing the gathered items, then records the batch assessed before, which overlapped them.
    private mutating func handOver(_ record: (Item, Assessment) throws -> Void) throws {
        let next = gathered.isEmpty ? nil : BatchAssessment(gathered, assess)
        gathered.removeAll(keepingCapacity: true)
        let previous = inFlight
        inFlight = next
        for (item, assessment) in previous?.waitForAssessments() ?? zip([], []) { try record(item, assessment) }
    }
}

/// One batch being assessed on a global dispatch queue.
private final class BatchAssessment<Item: Sendable, Assessment: Sendable>: @unchecked Sendable {
    private let items: [Item]
    // Written on the dispatch queue before `done` is signalled, read only after waiting for it.
    private var assessments: [Assessment] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ items: [Item], _ assess: @escaping @Sendable (Item) -> Assessment) {
        self.items = items
        DispatchQueue.global().async { [self] in
            assessments = items.map(assess)
            done.signal()
        }
    }

    func waitForAssessments() -> Zip2Sequence<[Item], [Assessment]> {
        done.wait()
        return zip(items, assessments)
    }
}
