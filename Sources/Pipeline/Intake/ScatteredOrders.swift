import Exports

/// The orders of an export whose lines are not all next to each other.
///
/// Intake records every other order as its lines stream by; these it stages in the ledger until the file has been read
/// to its end.
struct ScatteredOrders {
    /// Their ids.
    var ids: Set<String>
    /// How many runs of lines of one order the export holds: its orders, a scattered one counted once per run (what
    /// the progress line counts intake's work against).
    var orderRuns: Int

    /// A first pass over `export`: the id of every order that comes back after another order's lines, and perhaps a few
    /// more (a false "maybe" of the filter, which costs those orders a trip through the staging table, nothing else).
    ///
    /// Memory stays small whatever the file's size: the filter takes a bit per byte of the file over 8, 16 MB for 1 GB,
    /// where four probes would take about 0.03 % of the 4.7 million orders of a generated 1 GB export for scattered by
    /// mistake (computed from the filter's formula, not counted). Reading the file fails here, before any of its orders
    /// is recorded, when it is malformed.
    init(in export: any ExportReading, fileSize: Int) throws {
        var seen = BloomFilter(bits: fileSize / 8)
        var scattered: Set<String> = []
        var runs = 0
        var current: String?
        _ = try export.forEachLine { _, orderID, _ in
            guard orderID != current else { return }
            current = orderID
            runs += 1
            if seen.insert(orderID) { scattered.insert(orderID) }
        }
        ids = scattered
        orderRuns = runs
    }
}
