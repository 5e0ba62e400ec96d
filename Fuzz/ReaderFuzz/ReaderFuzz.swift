import Foundation
import OrchestratorTesting

/// `reader-fuzz READER ARGS…`, where READER is one of `OutsideReader`'s names.
///
/// Built with `-sanitize=fuzzer -DFUZZING` (see the README's "Fuzzing"), it is a libFuzzer target: ARGS are
/// libFuzzer's (a corpus folder for what it finds, `-max_total_time=600`, `-timeout=1`, …), and the
/// reader's seed folders are added to them. Built plainly, it replays: ARGS are input
/// files (a crash libFuzzer saved, a corpus), each read once, with the time it took.
@main struct ReaderFuzz {
    static func main() {
        var arguments = CommandLine.arguments
        guard arguments.count >= 2, let reader = OutsideReader(rawValue: arguments.remove(at: 1)) else {
            let names = OutsideReader.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("usage: reader-fuzz READER ARGS… (READER: \(names))\n".utf8))
            exit(2)
        }
        let scratch = FileManager.default.temporaryDirectory.appending(path: "reader-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        #if FUZZING
            exit(Fuzzing.run(reader, scratch: scratch, arguments: arguments))
        #else
            exit(replay(reader, scratch: scratch, files: Array(arguments.dropFirst())))
        #endif
    }

    static func replay(_ reader: OutsideReader, scratch: URL, files: [String]) -> Int32 {
        for file in files {
            guard let input = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("reader-fuzz: cannot read \(file)\n".utf8))
                return 2
            }
            let took = ContinuousClock().measure { reader.read(input, scratch: scratch) }
            print("\(file): read in \(took)")
        }
        return 0
    }
}
