import EssayLint
import EssayReport
import Foundation

/// Writes reports in the run's order as they complete (in any format, byte
/// for byte what rendering them all at the end would give),
/// keeping only the counts the summary and the exit status need. An action
/// plan, and everything after it, waits for the end of the run: it is linted
/// again with the asset names of every asset map in the run.
final class ReportStream: @unchecked Sendable {
    private let lock = NSLock()
    private var reporter: any Reporter
    private let levels: [FailLevel]
    private let progress: Progress
    private var pending: [Int: FileReport] = [:]
    private var next = 0
    private var holding = false
    /// The asset names of each asset map, by its place in the run (threads finish in any order).
    private var assetNames: [Int: [String]] = [:]
    private var summary = RunSummary()
    private(set) var anyFailed = false
    private(set) var anyOverThreshold = false

    /// `levels`: each file's `--fail-on` level, in the run's order.
    init(reporter: any Reporter, version: String, levels: [FailLevel], progress: Progress) {
        self.reporter = reporter
        self.levels = levels
        self.progress = progress
        write(self.reporter.begin(version: version))
    }

    private func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        progress.clear()
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// The report of the run's `i`th file (from any thread).
    func put(_ i: Int, _ report: FileReport) {
        lock.lock(); defer { lock.unlock() }
        if report.part == "asset-map", report.error == nil { assetNames[i] = report.itemNames }
        pending[i] = report
        while !holding, let r = pending[next] {
            if r.part == "action-plan", r.error == nil { holding = true; break }
            pending[next] = nil
            emit(next, r)
            next += 1
        }
    }

    /// Writes what was held back (action plans linted again by `relint`
    /// with the run's asset names) and the summary.
    func finish(_ relint: (Int, FileReport, [String]) -> FileReport) {
        lock.lock(); defer { lock.unlock() }
        // In the order the files were given, as every run gives them.
        let names = assetNames.keys.sorted().flatMap { assetNames[$0]! }
        while let r = pending.removeValue(forKey: next) {
            emit(next, r.part == "action-plan" && r.error == nil ? relint(next, r, names) : r)
            next += 1
        }
        write(reporter.end(summary))
    }

    private func emit(_ i: Int, _ r: FileReport) {
        if let error = r.error {
            anyFailed = true
            progress.clear()
            writeError("\(r.path): \(error)")
        }
        write(reporter.file(r, index: summary.files))
        summary.add(r)
        if levels[i].isReached(by: r) { anyOverThreshold = true }
    }
}

/// "[12/340] linting" on standard error, for long runs on a terminal.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private let shown: Bool
    init(total: Int) {
        self.total = total
        shown = total >= 20 && isatty(STDERR_FILENO) == 1
    }
    func step() {
        guard shown else { return }
        lock.lock(); defer { lock.unlock() }
        done += 1
        if done % 10 == 0 || done == total { FileHandle.standardError.write(Data("\r[\(done)/\(total)] linting".utf8)) }
    }
    func finish() { clear() }
    /// Clears the progress line (before other output reaches the terminal).
    func clear() { if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}
