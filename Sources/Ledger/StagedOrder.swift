import Domain

/// One order of a file being recorded: its staged lines and the order as the ledger had it before this file.
public struct StagedOrder: Sendable {
    public var orderID: String
    /// The order's lines, in source order.
    public var lines: [OrderLine]
    /// Nil for an order the ledger has never seen.
    public var recorded: OrderRecord?
}
