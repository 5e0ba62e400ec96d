import Carriers
import Domain
import Foundation
import Pipeline
import Testing

/// What a carrier's latest event changes for a shipped order.
@Suite struct TrackingChangeTests {
    static let moment = Date(timeIntervalSince1970: 1_800_000_000)
    static let inTransit = TrackingEvent(status: .inTransit, code: "2", text: "EN TRANSITO", recordedAt: moment)
    static let kept = TrackingChange.Kept(status: "in_transit", code: "2", text: "EN TRANSITO", at: moment)

    /// Whether the event completes the order, and whether it is news.
    static func change(
        _ latest: TrackingEvent, _ state: OrderState = .tracked, kept: TrackingChange.Kept = kept
    )
        -> (completes: Bool, isNews: Bool)
    {
        let change = TrackingChange(latest: latest, state: state, kept: kept)
        return (change.completes, change.isNews)
    }

    @Test func theEventAlreadyKeptIsNoNews() {
        #expect(Self.change(Self.inTransit) == (false, false))
        #expect(Self.change(Self.inTransit, .miraklOK) == (false, false))
    }

    @Test(arguments: [
        TrackingEvent(status: .incident, code: "2", text: "EN TRANSITO", recordedAt: moment),
        TrackingEvent(status: .inTransit, code: "7", text: "EN TRANSITO", recordedAt: moment),
        TrackingEvent(status: .inTransit, code: "2", text: "EN REPARTO", recordedAt: moment),
        TrackingEvent(status: .inTransit, code: "2", text: "EN TRANSITO", recordedAt: moment + 60),
        TrackingEvent(status: .inTransit, code: "2", text: "EN TRANSITO", recordedAt: nil),
    ])
    func anyOfTheFourThingsKeptThatDiffersIsNews(_ latest: TrackingEvent) {
        #expect(Self.change(latest) == (false, true))
    }

    @Test func aFirstEventIsNews() {
        #expect(Self.change(Self.inTransit, kept: TrackingChange.Kept()).isNews)
    }

    @Test func deliveredCompletesAnOrderInTheTrackingFileButNotOneBeforeIt() {
        let delivered = TrackingEvent(status: .delivered, code: "3", text: "ENTREGADO", recordedAt: Self.moment)
        let kept = TrackingChange.Kept(status: "delivered", code: "3", text: "ENTREGADO", at: Self.moment)
        for state in [OrderState.tracked, .miraklOK] {
            #expect(Self.change(delivered, state, kept: kept) == (true, true), "\(state)")
        }
        #expect(Self.change(delivered, .posted) == (false, true))
        #expect(Self.change(delivered, .posted, kept: kept) == (false, false))
    }
}
