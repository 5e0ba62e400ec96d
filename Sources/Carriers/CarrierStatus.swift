/// A carrier's tracking status normalised to the values the ledger keeps in `carrier_status`.
package enum CarrierStatus: String, Sendable, Equatable, CaseIterable {
    case inTransit = "in_transit"
    case outForDelivery = "out_for_delivery"
    case delivered
    case incident
    case returned
    case unknown
}
