#if FUZZING
    import Foundation
    import OrchestratorTesting

    /// libFuzzer's entry point when the program brings its own `main` (`-sanitize=fuzzer` links libFuzzer).
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// Hands libFuzzer one reader: libFuzzer's callback is a C function and cannot capture it, so it lives here.
    enum Fuzzing {
        nonisolated(unsafe) private static var reader = OutsideReader.csvExport
        nonisolated(unsafe) private static var scratch = URL(filePath: "/tmp")

        static func run(_ reader: OutsideReader, scratch: URL, arguments: [String]) -> Int32 {
            Self.reader = reader
            Self.scratch = scratch
            // Fuzzing a corpus folder (which receives what libFuzzer finds), the reader's seed folders follow it;
            // given files, libFuzzer runs just those.
            let isFuzzing = arguments.dropFirst().contains { argument in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) && isFolder.boolValue
            }
            let arguments = arguments + (isFuzzing ? reader.seedFolders.map(\.path) : [])
            var argc = CInt(arguments.count)
            var cArguments = arguments.map { strdup($0) } + [nil]
            return cArguments.withUnsafeMutableBufferPointer { buffer in
                var argv = buffer.baseAddress!
                return runDriver(&argc, &argv) { data, size in
                    let input = data.map { Data(bytes: $0, count: size) } ?? Data()
                    Fuzzing.reader.read(input, scratch: Fuzzing.scratch)
                    return 0
                }
            }
        }
    }
#endif
