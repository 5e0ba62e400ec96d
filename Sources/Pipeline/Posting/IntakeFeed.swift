import Synchronization

/// Intake's word to posting while the last file of a pass is recorded: a page of its orders is committed, or
/// intake is over (and whether it went well). Posting starts on those orders at once instead of waiting for the
/// whole file.
final class IntakeFeed: Sendable {
    /// One element per commit; only the latest is kept, since posting reads whatever is committed by then.
    let commits: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let failed = Mutex(false)

    init() {
        (commits, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// A page of the file's orders is committed.
    func committed() {
        continuation.yield()
    }

    /// Intake is over: the file is recorded (or set aside), or intake failed.
    func finish(failed hasFailed: Bool) {
        failed.withLock { $0 = hasFailed }
        continuation.finish()
    }

    /// Whether intake failed; meaningful once `commits` has ended.
    var hasFailed: Bool { failed.withLock { $0 } }
}
