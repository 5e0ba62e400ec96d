/// Time as a component measures it: how long since it was made, on some clock — the continuous clock in a run, a
/// test's manual clock in a test — and a way to wait until a later such time.
package struct Timeline: Sendable {
    private let elapsed: @Sendable () -> Duration
    private let sleepUntil: @Sendable (Duration) async -> Void

    package init(_ clock: some Clock<Duration>) {
        let origin = clock.now
        elapsed = { origin.duration(to: clock.now) }
        sleepUntil = { moment in try? await clock.sleep(until: origin.advanced(by: moment), tolerance: nil) }
    }

    /// On the continuous clock, from now.
    package static var continuous: Timeline { Timeline(ContinuousClock()) }

    /// The time since the timeline was made.
    package var now: Duration { elapsed() }

    /// Returns once `now` has reached `moment` (at once if it has).
    package func wait(until moment: Duration) async {
        await sleepUntil(moment)
    }
}
