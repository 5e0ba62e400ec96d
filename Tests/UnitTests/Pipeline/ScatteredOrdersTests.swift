import Exports
import OrchestratorTesting
import Testing

@testable import Pipeline

/// The first reading of an export: which orders have lines apart from each other, in bounded memory.
@Suite struct ScatteredOrdersTests {
    @Test func anOrderWhoseLinesAreApartIsFoundAndTogetherOnesAreNot() throws {
        let generator = ExportGenerator(orderPrefix: "SC")
        // SC-0's first line comes before SC-1's, its second after SC-2's; SC-3's two lines are together.
        let lines = (0..<5).map(generator.lines(ofOrder:))
        let split = lines[0].split(separator: "\n")
        let text =
            ExportGenerator.header + split[0] + "\n" + lines[1] + lines[2] + split[1] + "\n" + lines[3] + lines[4]
        let file = try TemporaryCSVFile(text)
        defer { file.remove() }

        let scattered = try ScatteredOrders(in: ExportFile.open(path: file.path), fileSize: text.utf8.count)

        #expect(scattered.ids == ["SC-0"])
        #expect(scattered.orderRuns == 6, "five orders, SC-0 in two runs")
    }

    @Test func theFilterNeverForgetsAndRarelyImagines() {
        var filter = BloomFilter(bits: 1 << 20)
        let added = (0..<50_000).map { "ORDER-\($0)" }
        let firstTimes = added.filter { filter.insert($0) }.count
        let secondTimes = added.filter { filter.insert($0) }.count

        // 50,000 ids in 2^20 bits, four probes: under 0.1 % of them should meet a filter that answers "maybe".
        #expect(firstTimes < 100, "\(firstTimes) of 50,000 new ids taken for seen")
        #expect(secondTimes == added.count)
    }
}
