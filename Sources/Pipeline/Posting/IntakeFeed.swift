/// Intake's word to posting while the last file of a pass is recorded: a page of its orders is committed (and which
/// file that is), or intake is over. Posting starts on those orders at once instead of waiting for the whole file.
struct IntakeFeed: Sendable {
    /// The file's id at each commit; only the latest is kept, since posting reads whatever is committed by then.
    let commits: AsyncStream<Int64>
    private let continuation: AsyncStream<Int64>.Continuation

    init() {
        (commits, continuation) = AsyncStream.makeStream(of: Int64.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Orders of file `fileID` are committed.
    func committed(fileID: Int64) {
        continuation.yield(fileID)
    }

    /// Intake is over: the file is recorded, or it was not (a duplicate, quarantined, or intake failed).
    func finish() {
        continuation.finish()
    }
}
