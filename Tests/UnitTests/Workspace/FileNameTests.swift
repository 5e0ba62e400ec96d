import Testing

@testable import Workspace

/// Names derived from an input's name stay within 255 bytes, keep what says what they are, and stay apart.
@Suite struct FileNameTests {
    static let longStems = [
        String(repeating: "a", count: 300), String(repeating: "ñ", count: 140), String(repeating: "📦", count: 70),
        "pedido " + String(repeating: "e\u{301}", count: 90),
    ]

    @Test(arguments: longStems)
    func aLongNameIsShortenedWithinTheLimitKeepingItsEnding(_ stem: String) {
        let sidecar = FileName.fitting(stem + ".csv", ending: ".sha256")
        let second = FileName.fitting(stem + ".csv")

        #expect(sidecar.utf8.count <= 255)
        #expect(sidecar.hasSuffix(".sha256"))
        #expect(second.utf8.count <= 255)
        #expect(second.hasSuffix(".csv"))
        #expect(sidecar != FileName.fitting(stem + "x.csv", ending: ".sha256"), "two long names stay apart")
        #expect(sidecar == FileName.fitting(stem + ".csv", ending: ".sha256"), "the same name, the same way")
        #expect(String(validating: Array(sidecar.utf8), as: UTF8.self) != nil)
    }

    @Test func aNameThatFitsIsLeftAlone() {
        #expect(FileName.fitting("export.csv", ending: ".sha256") == "export.csv.sha256")
        #expect(
            Array(FreeName.candidates(for: "export.csv").prefix(3)) == ["export.csv", "export-2.csv", "export-3.csv"])
    }

    @Test func everyFreeNameCandidateOfALongNameFits() {
        let name = String(repeating: "z", count: 251) + ".csv"
        #expect(FreeName.candidates(for: name).prefix(12).allSatisfy { $0.utf8.count <= 255 && $0.hasSuffix(".csv") })
        #expect(Set(FreeName.candidates(for: name).prefix(12)).count == 12)
    }
}
