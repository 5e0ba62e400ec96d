/// The names tried for a file that must not overwrite another: `x.csv`, then `x-2.csv`, `x-3.csv`, …
enum FreeName {
    static let attempts = 10_000

    static func candidates(for name: String) -> some Sequence<String> {
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let stem = dot.map { String(name[..<$0]) } ?? name
        let suffix = dot.map { String(name[$0...]) } ?? ""
        return (1...attempts).lazy.map { $0 == 1 ? name : "\(stem)-\($0)\(suffix)" }
    }
}
