import Foundation
import OrchestratorTesting
import Simulators
import Testing

/// The machine's file systems as they really are in the field: an inbox that is a mount of its own.
@Suite struct FileSystemFaultTests {
    @Test(
        .enabled(
            if: TemporaryMount.isPossible,
            "needs to mount a second file system: root, /bin/mount and a machine that allows it"))
    func anInboxOnAnotherFileSystemIsClaimedByACopy() async throws {
        try await Harness.with { harness in
            // An SFTP chroot or an SMB share mounted on inbox/: a link from there into archive/ fails with EXDEV.
            let mount = try TemporaryMount(tmpfsAt: harness.root.layout.inbox, megabytes: 16)
            defer { mount.unmount() }
            let generator = ExportGenerator(orderPrefix: "XDEV")
            let export = generator.export(orders: 0..<10)
            try harness.root.drop("export.csv", export)

            let first = try await harness.run()
            try harness.root.drop("again.csv", export)
            let second = try await harness.run()

            #expect(first.exitCode == 0, "\(first.standardOutput) \(first.standardError)")
            #expect(second.exitCode == 0, "\(second.standardOutput) \(second.standardError)")
            #expect(harness.root.files(under: "inbox").isEmpty, "nothing left, no temporary either")
            let archived = harness.root.files(under: "archive")
            let copy = try #require(archived.first { $0.hasSuffix("/export.csv") && !$0.hasPrefix("duplicates/") })
            #expect(try harness.root.read("archive/" + copy) == export, "the copy holds what was read")
            #expect(archived.contains { $0.hasPrefix("duplicates/") && $0.hasSuffix("/again.csv") })
            #expect(!archived.contains { $0.contains(".orchestrator-tmp-") })
            #expect(await harness.sandbox.totalCreates() == 10)
            #expect(await harness.sandbox.duplicateReferences().isEmpty)
        }
    }
}

extension FileSystemFaultTests {
    @Test(
        .enabled(
            if: TemporaryMount.isPossible,
            "needs to mount a folder on another: root, /bin/mount and a machine that allows it"))
    func aRootWhoseShareIsBrieflyGoneIsWaitedForAndNothingIsWrittenIntoItsBareMountPoint() async throws {
        let carrier = SimulatorBehaviour(latency: .milliseconds(50))
        try await Harness.with(tipsa: carrier, ontime: carrier) { harness in
            // The root on a share: what it holds moved to a folder of its own, mounted on the emptied root.
            let root = harness.root.path
            let share = root + "-share"
            try FileManager.default.moveItem(atPath: root, toPath: share)
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: false)
            let mount = try TemporaryMount(binding: share, at: root)
            defer {
                mount.unmount()
                try? FileManager.default.removeItem(atPath: share)
            }
            let generator = ExportGenerator(orderPrefix: "SHARE")
            let total = 600
            for file in 0..<3 {
                try harness.root.drop("drop-\(file).csv", generator.export(orders: file * 200..<(file + 1) * 200))
            }
            // Two workers share a PostgreSQL ledger; on SQLite one works the root.
            let workers = try (0..<(TestLedger.isPostgres ? 2 : 1)).map { _ in try harness.start("watch") }
            try await waitUntil { await harness.sandbox.totalCreates() >= total / 3 }

            mount.unmount()
            // Several passes at the tests' 0.2 s, each finding the bare mount point.
            try await Task.sleep(for: .seconds(2))
            let writtenWhileGone = try FileManager.default.contentsOfDirectory(atPath: root)
            try mount.mount()
            let stopped = try await harness.stopWhenDone(workers, orders: total, files: 3)

            #expect(writtenWhileGone.isEmpty, "nothing made in the bare mount point: \(writtenWhileGone)")
            #expect(stopped.allSatisfy { $0.exitCode == 0 }, "\(stopped.map(\.standardError))")
            let log = try harness.root.read("logs/orchestrator.log")
            #expect(log.contains("is not the root this process started on"), "the wait is in the log")
            #expect(log.contains("the root is back"))
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order booked twice")
            #expect(await harness.sandbox.totalCreates() == total, "every order booked")
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.count == total && Set(tracked).count == total, "each order tracked exactly once")
            let archived = harness.root.files(under: "archive").filter { $0.hasSuffix(".csv") }
            #expect(archived.count == 3 && !archived.contains { $0.hasPrefix("failed/") }, "\(archived)")
            #expect(harness.root.files(under: "archive/.taking").isEmpty, "no file left half taken")
            // A label being written when the share went may leave its temporary there, for the next start to delete.
            let labels = harness.root.files(under: "outbox/labels").filter { $0.hasSuffix(".pdf") }
            #expect(labels.count == total, "every label on the share")
        }
    }

    /// The room left on the disk when the run starts, and how many orders it books before the disk is full.
    static let fillingPoints: [(room: Int, bookedBeforeFull: ClosedRange<Int>)] = [
        (400_000, 0...0),  // full while intake records the orders
        (1_500_000, 1...299),  // full while posting writes labels
    ]

    @Test(
        .enabled(
            if: TemporaryMount.isPossible,
            "needs to mount a small file system: root, /bin/mount and a machine that allows it"),
        .sqliteLedgerOnly, arguments: fillingPoints)
    func aDiskThatFillsMidRunStopsItAndTheNextRunFinishesWithNothingPostedTwice(
        room: Int, booked: ClosedRange<Int>
    ) async throws {
        try await Harness.with { harness in
            let layout = harness.root.layout
            let configuration = try harness.root.read("orchestrator.yml")
            // The whole root on a file system of 8 MB, with `room` left.
            let mount = try TemporaryMount(tmpfsAt: layout.root, megabytes: 8)
            defer { mount.unmount() }
            try layout.createFolders()
            try configuration.write(toFile: layout.path("orchestrator.yml"), atomically: true, encoding: .utf8)
            let generator = ExportGenerator(orderPrefix: "FULL")
            try harness.root.drop("export.csv", generator.export(orders: 0..<300))
            let filler = try fill(layout.root, leaving: room)

            let full = try await harness.run()
            let bookedBeforeFull = await harness.sandbox.totalCreates()
            try FileManager.default.removeItem(atPath: filler)
            let afterFreeing = try await harness.run()

            #expect(full.exitCode == 4, "\(full.standardOutput) \(full.standardError)")
            #expect(booked.contains(bookedBeforeFull), "\(bookedBeforeFull) booked before the disk was full")
            #expect(
                full.standardError.contains("the disk is full") && full.standardError.contains("run again"),
                "\(full.standardError)")
            #expect(afterFreeing.exitCode == 0, "\(afterFreeing.standardOutput) \(afterFreeing.standardError)")
            #expect(await harness.sandbox.duplicateReferences().isEmpty, "no order posted twice")
            for index in 0..<300 {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1, "order \(index)")
            }
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.sorted() == (0..<300).map(generator.orderID).sorted(), "every order tracked once")
            let everything = harness.root.files(under: "outbox") + harness.root.files(under: "archive")
            #expect(!everything.contains { $0.contains(".orchestrator-tmp-") }, "nothing half written left")
        }
    }
}

extension FileSystemFaultTests {
    /// Labels on a disk of their own that fills while orders are being booked, the ledger elsewhere and writable:
    /// the run stops on the full disk, and the orders whose calls it cut short wait for the next run (looked up
    /// first), none failed for a carrier fault it never had.
    @Test(
        .enabled(
            if: TemporaryMount.isPossible,
            "needs to mount a small file system: root, /bin/mount and a machine that allows it"))
    func aLabelDiskThatFillsLeavesTheOrdersInFlightForTheNextRun() async throws {
        try await Harness.with { harness in
            let labels = harness.root.layout.path("outbox/labels")
            try FileManager.default.createDirectory(atPath: labels, withIntermediateDirectories: true)
            let mount = try TemporaryMount(tmpfsAt: labels, megabytes: 16)
            defer { mount.unmount() }
            let generator = ExportGenerator(orderPrefix: "LABELS")
            try harness.root.drop("export.csv", generator.export(orders: 0..<300))
            let filler = try fill(labels, leaving: 150_000)

            let full = try await harness.run()
            try FileManager.default.removeItem(atPath: filler)
            let afterFreeing = try await harness.run()

            #expect(full.exitCode == 4, "\(full.standardOutput) \(full.standardError)")
            #expect(full.standardError.contains("the disk is full"), "\(full.standardError)")
            #expect(afterFreeing.exitCode == 0, "\(afterFreeing.standardOutput) \(afterFreeing.standardError)")
            #expect(afterFreeing.standardOutput.contains(" 0 failed"), "\(afterFreeing.standardOutput)")
            for index in 0..<300 {
                #expect(await harness.sandbox.createCount(reference: generator.orderID(index)) == 1, "order \(index)")
            }
            let tracked = try harness.trackedOrderIDs()
            #expect(tracked.sorted() == (0..<300).map(generator.orderID).sorted(), "every order tracked once")
        }
    }
}

extension FileSystemFaultTests {
    /// The results folder on a disk of its own, full while a results file's `.xlsx` twin is written: the run stops
    /// saying the disk is full, leaves neither half a file nor a temporary, and once there is room the next run
    /// writes the results file and its twin whole.
    @Test(
        .enabled(
            if: TemporaryMount.isPossible,
            "needs to mount a small file system: root, /bin/mount and a machine that allows it"))
    func aDiskThatFillsWhileATwinIsWrittenStopsTheRunAndTheNextWritesItWhole() async throws {
        try await Harness.with { harness in
            let results = harness.root.layout.path("outbox/results")
            let mount = try TemporaryMount(tmpfsAt: results, megabytes: 4)
            defer { mount.unmount() }
            let generator = ExportGenerator(orderPrefix: "TWINFULL")
            try harness.root.drop("export.csv", generator.export(orders: 0..<300))
            // Room for the CSV (some 20 KB), not for the twin's sheet as well.
            let filler = try fill(results, leaving: 40_000)

            let full = try await harness.run()
            let leftByTheFullRun = harness.root.files(under: "outbox/results").filter { $0 != "filler" }
            try FileManager.default.removeItem(atPath: filler)
            let afterFreeing = try await harness.run()

            #expect(full.exitCode == 4, "\(full.standardOutput) \(full.standardError)")
            #expect(full.standardError.contains("the disk is full"), "\(full.standardError)")
            #expect(leftByTheFullRun.isEmpty, "nothing half written: \(leftByTheFullRun)")
            #expect(afterFreeing.exitCode == 0, "\(afterFreeing.standardOutput) \(afterFreeing.standardError)")
            let written = harness.root.files(under: "outbox/results")
            #expect(written.count == 2 && written.contains { $0.hasSuffix("-export.results.xlsx") }, "\(written)")
            let csv = try #require(written.first { $0.hasSuffix(".csv") })
            #expect(CSVRows.records(try harness.rows("outbox/results/" + csv)).count == 300)
            let twin = harness.root.layout.path("outbox/results/" + (written.first { $0.hasSuffix(".xlsx") } ?? ""))
            let listing = try Shell.run("unzip -l '\(twin)'")
            #expect(listing.status == 0 && listing.output.contains("xl/worksheets/sheet1.xml"), "\(listing.output)")
        }
    }
}

extension FileSystemFaultTests {
    /// Fills the file system of `folder` with a file in it (its path returned) until `room` bytes are left.
    private func fill(_ folder: String, leaving room: Int) throws -> String {
        let filler = folder + "/filler"
        var space = statvfs()
        try #require(statvfs(folder, &space) == 0)
        try Data(count: max(0, Int(space.f_bavail) * Int(space.f_frsize) - room)).write(
            to: URL(fileURLWithPath: filler))
        return filler
    }
}
