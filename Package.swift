// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Orchestrator",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "orchestrator", targets: ["orchestrator"]),
        .executable(name: "ingest-benchmark", targets: ["IngestBenchmark"]),
        .executable(name: "posting-benchmark", targets: ["PostingBenchmark"]),
        .executable(name: "push-benchmark", targets: ["PushBenchmark"]),
        .executable(name: "sharing-benchmark", targets: ["SharingBenchmark"]),
        .executable(name: "review-benchmark", targets: ["ReviewBenchmark"]),
        .executable(name: "reader-fuzz", targets: ["ReaderFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libcsv from Debian's libcsv-dev.
        .systemLibrary(
            name: "CLibCSV",
            path: "Sources/CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // libxlsxwriter from Debian's libxlsxwriter-dev.
        .systemLibrary(
            name: "CLibXLSXWriter",
            path: "Sources/CLibXLSXWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // String basics every layer uses: trimming, zero padding, a stable hash. No domain meaning.
        .target(name: "Strings"),
        // Orders, their states, addresses, countries, validation and routing: pure values, no I/O.
        .target(name: "Domain", dependencies: ["Strings"]),
        // The configuration file and the environment's secrets.
        .target(
            name: "Settings",
            dependencies: ["Strings", "Domain", .product(name: "Yams", package: "Yams")]
        ),
        // Streaming CSV reading over libcsv and spreadsheet-safe CSV writing.
        .target(name: "CSV", dependencies: ["CLibCSV"]),
        // Typed `.xlsx` tables written a row at a time over libxlsxwriter.
        .target(name: "XLSX", dependencies: ["CLibXLSXWriter"]),
        // The root folder: its layout, atomic writes and moves, a file's SHA-256, the run lock.
        .target(
            name: "Workspace", dependencies: ["Strings", "Domain", .product(name: "Crypto", package: "swift-crypto")]),
        // The SQLite ledger: files, staged lines, orders, operations, runs.
        .target(
            name: "Ledger",
            dependencies: [
                "Strings",
                "Domain", "JSONWriting", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // JSON written straight to bytes, for the hot paths where Foundation's encoders cost most.
        .target(name: "JSONWriting"),
        // Mirakl exports (CSV and OR11/OR15 JSON) read into order lines.
        .target(name: "Exports", dependencies: ["Strings", "Domain", "CSV"]),
        // What every call to a remote API (a carrier, Mirakl) shares: the HTTP transport under a deadline and what
        // its outcomes mean, the error that says whether to retry, the adaptive call gate, call metrics.
        .target(
            name: "RemoteCalls",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ]
        ),
        // What every carrier adapter speaks: the carrier kinds, requests, results, tracking events.
        .target(
            name: "Carriers",
            dependencies: ["Strings", "Domain", "RemoteCalls"]
        ),
        // The Mirakl seller API: OR11 (list orders), OR23 (tracking), OR24 (confirm shipment).
        .target(
            name: "Mirakl",
            dependencies: [
                "RemoteCalls", "JSONWriting",
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // TIPSA (Dinapaq) SOAP adapter.
        .target(
            name: "TIPSA",
            dependencies: [
                "Carriers", "RemoteCalls",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // OnTime (Alertran GTS) REST + JSON adapter.
        .target(
            name: "OnTime",
            dependencies: [
                "Strings",
                "Carriers", "RemoteCalls", "Domain", "JSONWriting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The review files under outbox/: CSVs in the reviewers' spreadsheet's dialect, and their typed .xlsx twins.
        .target(name: "Outbox", dependencies: ["Domain", "CSV", "XLSX", "Settings", "Workspace", "Ledger"]),
        // The carriers and Mirakl as the environment configures them: the registry of carrier kinds (TIPSA, OnTime),
        // the HTTP client they share, the Mirakl client. What the executables compose a run from.
        .target(
            name: "Connections",
            dependencies: [
                "Domain", "Settings", "Carriers", "RemoteCalls", "TIPSA", "OnTime", "Mirakl",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The stages of a run: fetch, intake (validate, route, decide, record), post and label, hand over, track,
        // confirm to Mirakl, report; the pass itself, its group commit and blocking queue, a worker's lease.
        .target(
            name: "Pipeline",
            dependencies: [
                "Domain", "Settings", "CSV", "Workspace", "Ledger", "Exports", "Carriers", "RemoteCalls", "Mirakl",
                "Outbox",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        // Loopback simulators of the carriers, for --sandbox, tests and benchmarks.
        .target(
            name: "Simulators",
            dependencies: [
                "Strings",
                "Carriers", "RemoteCalls", "Domain", "JSONWriting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // What the people who keep it running ask of it: health and its endpoint checks, stats, verify, backup and
        // restore, prune, the /health and /metrics server of watch --http.
        .target(
            name: "Monitoring",
            dependencies: [
                "Carriers", "RemoteCalls", "Connections", "Domain", "JSONWriting", "Ledger", "Mirakl", "Outbox",
                "Pipeline",
                "Settings", "Workspace",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // Fixtures shared by tests, benchmarks and fuzz targets: temporary roots, generated exports, the built binary,
        // the readers of outside bytes.
        .target(
            name: "OrchestratorTesting",
            dependencies: ["Workspace", "Settings", "Domain", "CSV", "Exports", "TIPSA", "OnTime", "Mirakl", "Ledger"]
        ),
        // The git commit the build comes from, for --version.
        .plugin(name: "BuildCommit", capability: .buildTool()),
        .executableTarget(
            name: "orchestrator",
            dependencies: [
                "Pipeline", "Connections", "Monitoring", "Simulators", "Settings", "Ledger", "Workspace", "Domain",
                "Mirakl", "RemoteCalls", "JSONWriting", "CSV", "Outbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            plugins: ["BuildCommit"]
        ),
        .executableTarget(
            name: "IngestBenchmark",
            dependencies: [
                "CSV", "Connections", "OrchestratorTesting", "Workspace", "Ledger", "Pipeline", "Settings",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/IngestBenchmark"
        ),
        .executableTarget(
            name: "PostingBenchmark",
            dependencies: [
                "Connections", "Domain", "OrchestratorTesting", "Workspace", "Ledger", "Pipeline", "Settings",
                "Simulators", .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/PostingBenchmark"
        ),
        .executableTarget(
            name: "PushBenchmark",
            dependencies: [
                "Connections", "Ledger", "Mirakl", "Pipeline", "Settings", "Simulators", "Workspace",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/PushBenchmark"
        ),
        .executableTarget(
            name: "SharingBenchmark",
            dependencies: [
                "OrchestratorTesting", "Settings", "Simulators", .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/SharingBenchmark"
        ),
        .executableTarget(
            name: "ReviewBenchmark",
            dependencies: [
                "CSV", "Connections", "Ledger", "OrchestratorTesting", "Outbox", "Pipeline", "Settings", "Workspace",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/ReviewBenchmark"
        ),
        // A libFuzzer target per reader of outside bytes (built with -sanitize=fuzzer), or their replay.
        .executableTarget(name: "ReaderFuzz", dependencies: ["OrchestratorTesting"], path: "Fuzz/ReaderFuzz"),
        // The decisions and the pure parts, table-tested: no binary, no server, no ledger; seconds, in parallel.
        .testTarget(
            name: "UnitTests",
            dependencies: [
                "Strings",
                "Domain", "Settings", "CSV", "Workspace", "Ledger", "JSONWriting", "Exports", "Carriers", "RemoteCalls",
                "TIPSA",
                "OnTime", "Outbox", "Pipeline", "Simulators", "OrchestratorTesting",
            ],
            // Read from the source tree by path (#filePath), as the carrier's own example files.
            exclude: ["Fixtures"]
        ),
        // Everything as it runs: the built binary against the simulators over loopback, the ledger on SQLite and
        // PostgreSQL, real files, real clients (LibreOffice, cron, man, bash); one test at a time.
        .testTarget(
            name: "OrchestratorTests",
            dependencies: [
                "orchestrator", "Domain", "Settings", "CSV", "XLSX", "Workspace", "Ledger", "Exports", "Carriers",
                "RemoteCalls",
                "TIPSA", "OnTime", "Mirakl", "Outbox", "Pipeline", "Connections", "Simulators", "OrchestratorTesting",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                // A ledger left by an earlier version is built with the migrations up to that version.
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
