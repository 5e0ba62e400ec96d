import RemoteCalls

/// What posting does after an attempt to book an order failed: the decision, apart from its effects.
package enum PostingStep: Equatable, Sendable {
    /// Try again, after the retry policy's pause.
    case retry
    /// Leave the order for the next run; looked up at the carrier first if a create may have gone out.
    case deferToNextRun(createMayHaveGoneOut: Bool)
    /// `FAILED_POST`: a person must look (a refused address, or the attempts spent).
    case fail(createMayHaveGoneOut: Bool)

    /// - Parameters:
    ///   - failedAttempts: the attempts of this order that failed before this one.
    ///   - mayAlreadyExist: this attempt looked the order up first, as a create may have gone out before it.
    ///   - carrierIsDown: this failure opened the carrier's circuit breaker.
    ///   - noCallSucceededMeanwhile: no call to the carrier succeeded since this order's first failed attempt: every
    ///     attempt of the order failed with everybody else's, which is the carrier's outage, not the order's fault.
    ///   - isStopping: the run is stopping (a fatal error elsewhere, such as a full disk): the call was cut short,
    ///     not refused.
    package init(
        after error: CallError, failedAttempts: Int, policy: RetryPolicy, mayAlreadyExist: Bool,
        carrierIsDown: Bool, noCallSucceededMeanwhile: Bool, isStopping: Bool
    ) {
        if isStopping || (error.isTransient && carrierIsDown) {
            // This attempt's create may have gone out before the call was cut short or the carrier went down.
            self = .deferToNextRun(createMayHaveGoneOut: true)
        } else if error.kind == .unavailable {
            // The carrier refused us before any create of this attempt went out; an earlier one may have.
            self = .deferToNextRun(createMayHaveGoneOut: mayAlreadyExist)
        } else if policy.next(after: error, failedAttempts: failedAttempts) == .retry {
            self = .retry
        } else if error.isTransient, noCallSucceededMeanwhile {
            // The attempts are spent, but on an outage (before the breaker's count, as when few orders run): the
            // order waits for the carrier, looked up first, rather than failing for a person to retry.
            self = .deferToNextRun(createMayHaveGoneOut: true)
        } else {
            self = .fail(createMayHaveGoneOut: mayAlreadyExist || error.isTransient)
        }
    }
}
