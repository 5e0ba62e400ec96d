import Ledger

extension OrderQueue {
    /// Runs `work` on every order of the queue, at most `limit` at once, handing each result to `collect` in the
    /// caller's context.
    ///
    /// Once `isStopRequested` says so no order is started; those in hand are finished.
    mutating func forEach<Result: Sendable>(
        concurrently limit: Int,
        isStopRequested: () -> Bool,
        _ work: @escaping @Sendable (OrderRecord) async throws -> Result,
        collect: (Result) -> Void
    ) async throws {
        var queue = self
        try await withThrowingTaskGroup(of: Result.self) { group in
            var inFlight = 0
            paging: while let page = try queue.nextPage() {
                for order in page {
                    if isStopRequested() { break paging }
                    if inFlight >= max(1, limit), let result = try await group.next() {
                        collect(result)
                        inFlight -= 1
                    }
                    group.addTask { try await work(order) }
                    inFlight += 1
                }
            }
            for try await result in group { collect(result) }
        }
        self = queue
    }
}
