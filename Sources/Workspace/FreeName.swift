/// The names tried for a file that must not overwrite another: `x.csv`, then `x-2.csv`, `x-3.csv` and on.
enum FreeName {
    static let attempts = 10_000

    /// Each within the limit on a name's length (`FileName`).
    static func candidates(for name: String) -> some Sequence<String> {
        let (stem, suffix) = FileName.split(name)
        return (1...attempts).lazy.map { FileName.fitting(stem, ending: $0 == 1 ? suffix : "-\($0)\(suffix)") }
    }
}
