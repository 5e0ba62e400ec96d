import Dispatch

/// Assesses each page of items on another thread while the caller records the page before.
///
/// In intake, validating the next orders (pure computation) overlaps the SQL that records the previous ones on the
/// ledger's connection. At most two pages are held at a time.
struct OverlappedPages<Item: Sendable, Assessment: Sendable> {
    let assess: @Sendable (Item) -> Assessment
    private var inFlight: PageAssessment<Item, Assessment>?

    init(assess: @escaping @Sendable (Item) -> Assessment) {
        self.assess = assess
    }

    /// Starts assessing `page`; returns the page before it, assessed, for the caller to record.
    mutating func start(_ page: [Item]) -> Zip2Sequence<[Item], [Assessment]>? {
        let previous = inFlight
        inFlight = PageAssessment(page, assess)
        return previous?.waitForAssessments()
    }

    /// The last page started, assessed.
    mutating func finish() -> Zip2Sequence<[Item], [Assessment]>? {
        defer { inFlight = nil }
        return inFlight?.waitForAssessments()
    }
}

/// One page being assessed on a thread of the blocking queue.
private final class PageAssessment<Item: Sendable, Assessment: Sendable>: @unchecked Sendable {
    private let items: [Item]
    // Written on the dispatch queue before `done` is signalled, read only after waiting for it.
    private var assessments: [Assessment] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ items: [Item], _ assess: @escaping @Sendable (Item) -> Assessment) {
        self.items = items
        BlockingWork.start { [self] in
            assessments = items.map(assess)
            done.signal()
        }
    }

    func waitForAssessments() -> Zip2Sequence<[Item], [Assessment]> {
        done.wait()
        return zip(items, assessments)
    }
}
