extension Duration {
    /// The duration in whole milliseconds, as `operations.csv` reports it.
    var wholeMilliseconds: Int {
        Int(components.seconds) * 1000 + Int(components.attoseconds / 1_000_000_000_000_000)
    }
}
