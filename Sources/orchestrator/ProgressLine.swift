import Foundation
import Pipeline

/// The one line a terminal shows while a run works, rewritten twice a second: the stage, its work done (of how much,
/// when known), the files taken, the orders recorded, posted and confirmed, the stage's rate and, when its work is
/// known ahead, the time left.
///
/// Nothing of it when standard error is not a terminal (cron mails stay clean), with `--quiet`, or with `--verbose`
/// (whose log lines would break it).
struct ProgressLine {
    private let task: Task<Void, Never>?

    /// Runs `work` with `progress` drawn (when `wanted` and standard error is a terminal), and clears the line after.
    static func around<T>(
        _ progress: RunProgress, wanted: Bool, _ work: () async throws -> T
    ) async throws -> T {
        let line = ProgressLine(showing: progress, wanted: wanted)
        do {
            let result = try await work()
            await line.stop()
            return result
        } catch {
            await line.stop()
            throw error
        }
    }

    private init(showing progress: RunProgress, wanted: Bool) {
        guard wanted, isatty(STDERR_FILENO) == 1 else {
            task = nil
            return
        }
        task = Task {
            while true {
                try? await Task.sleep(for: .milliseconds(500))
                if Task.isCancelled { return }
                let line = Self.text(progress.snapshot(), at: .now)
                Self.write("\r" + String(line.prefix(Self.terminalWidth() - 1)) + Self.clearToEnd)
            }
        }
    }

    /// Stops drawing and clears the line, so that what is printed next starts on a clean one.
    private func stop() async {
        guard let task else { return }
        task.cancel()
        await task.value
        Self.write("\r" + Self.clearToEnd)
    }

    /// The stage first, then its rate and time left (what a narrow terminal must not cut), then the run's counts.
    static func text(_ progress: RunProgress.Snapshot, at now: ContinuousClock.Instant) -> String {
        guard !progress.stage.isEmpty else { return "starting" }
        var stage = progress.stage
        if let total = progress.total {
            stage += ": \(progress.done) of \(total)"
        } else if progress.done > 0 {
            stage += ": \(progress.done)"
        }
        var parts = [stage]
        let elapsed = (now - progress.since).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        if seconds >= 0.5, progress.done > 0 {
            let rate = Double(progress.done) / seconds
            parts.append("\(Int(rate.rounded()))/s")
            if let total = progress.total, total > progress.done {
                parts.append("about \(Self.duration(Double(total - progress.done) / rate)) left")
            }
        }
        parts.append("files \(progress.filesTaken)/\(progress.filesReady)")
        parts.append(
            "orders \(progress.ordersRecorded) recorded, \(progress.ordersPosted) posted, "
                + "\(progress.ordersConfirmed) confirmed")
        return parts.joined(separator: " · ")
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    private static let clearToEnd = "\u{1B}[K"

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The terminal's columns (80 when it does not say): a longer line would wrap and no longer be rewritten.
    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
