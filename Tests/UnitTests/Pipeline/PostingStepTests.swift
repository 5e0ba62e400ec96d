import Pipeline
import RemoteCalls
import Testing

/// What posting does after a failed attempt to book an order, for every kind of failure.
@Suite struct PostingStepTests {
    static let policy = RetryPolicy(attempts: 3, baseDelaySeconds: 0, maxDelaySeconds: 0)

    static func error(_ kind: CallError.Kind) -> CallError {
        CallError(kind: kind, service: "tipsa", message: "m")
    }

    static let rows:
        [(
            kind: CallError.Kind, failed: Int, mayExist: Bool, down: Bool, noneSucceeded: Bool, stopping: Bool,
            step: PostingStep
        )] = [
            // A transient failure is retried while attempts remain, then fails; its create may have gone out.
            (.transient, 0, false, false, false, false, .retry),
            (.transient, 1, false, false, false, false, .retry),
            (.transient, 2, false, false, false, false, .fail(createMayHaveGoneOut: true)),
            // A refusal fails at once; a create went out only if an earlier attempt's may have.
            (.permanent, 0, false, false, false, false, .fail(createMayHaveGoneOut: false)),
            (.permanent, 1, true, false, false, false, .fail(createMayHaveGoneOut: true)),
            // A carrier that refuses us, or goes down with this failure: the order waits for the next run.
            (.unavailable, 0, false, false, false, false, .deferToNextRun(createMayHaveGoneOut: false)),
            (.unavailable, 1, true, false, false, false, .deferToNextRun(createMayHaveGoneOut: true)),
            (.transient, 0, false, true, false, false, .deferToNextRun(createMayHaveGoneOut: true)),
            (.permanent, 0, false, true, false, false, .fail(createMayHaveGoneOut: false)),
            // Spent on an outage (no call to the carrier succeeded meanwhile, before the breaker's count): it waits.
            (.transient, 2, false, false, true, false, .deferToNextRun(createMayHaveGoneOut: true)),
            (.transient, 1, false, false, true, false, .retry),
            (.permanent, 0, false, false, true, false, .fail(createMayHaveGoneOut: false)),
            // A run that stops cuts the call short: never a failure, always looked up next time.
            (.transient, 0, false, false, false, true, .deferToNextRun(createMayHaveGoneOut: true)),
            (.permanent, 0, false, false, false, true, .deferToNextRun(createMayHaveGoneOut: true)),
            (.unavailable, 2, false, false, false, true, .deferToNextRun(createMayHaveGoneOut: true)),
        ]

    @Test(arguments: rows.indices)
    func theStepAfterEachKindOfFailure(_ index: Int) {
        let row = Self.rows[index]
        let step = PostingStep(
            after: Self.error(row.kind), failedAttempts: row.failed, policy: Self.policy, mayAlreadyExist: row.mayExist,
            carrierIsDown: row.down, noCallSucceededMeanwhile: row.noneSucceeded, isStopping: row.stopping)
        #expect(step == row.step, "\(row)")
    }

    @Test func aCallIsRetriedOnlyWhenTransientAndWhileAttemptsRemain() {
        #expect(Self.policy.next(after: Self.error(.transient), failedAttempts: 1) == .retry)
        #expect(Self.policy.next(after: Self.error(.transient), failedAttempts: 2) == .giveUp)
        #expect(Self.policy.next(after: Self.error(.permanent), failedAttempts: 0) == .giveUp)
        #expect(Self.policy.next(after: Self.error(.unavailable), failedAttempts: 0) == .giveUp)
    }
}
