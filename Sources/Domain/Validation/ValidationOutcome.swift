/// What validation decided about one order.
package enum ValidationOutcome: Sendable, Equatable {
    case shippable(ShippableOrder)
    /// Not in a shippable Mirakl state; the reason says which.
    case skipped(reason: String)
    case rejected([ValidationProblem])
}
