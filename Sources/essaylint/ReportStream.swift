import EssayLint
import EssayReport
import Foundation

/// Writes reports in the run's order as they complete (text or one JSON
/// document, byte for byte what rendering them all at the end would give),
/// keeping only the counts the summary and the exit status need. An action
/// plan, and everything after it, waits for the end of the run: it is linted
/// again with the asset names of every asset map in the run.
final class ReportStream: @unchecked Sendable {
    private let lock = NSLock()
    private let format: OutputFormat
    private let text: TextReporter
    private let json = JSONReporter()
    private let version: String
    private let levels: [FailLevel]
    private let progress: Progress
    private var pending: [Int: FileReport] = [:]
    private var next = 0
    private var holding = false
    private var assetNames: [String] = []
    private var counts = (files: 0, errors: 0, warnings: 0, suggestions: 0)
    private(set) var anyFailed = false
    private(set) var anyOverThreshold = false

    /// `levels`: each file's `--fail-on` level, in the run's order.
    init(format: OutputFormat, color: Bool, version: String, levels: [FailLevel], progress: Progress) {
        self.format = format
        text = TextReporter(color: color)
        self.version = version
        self.levels = levels
        self.progress = progress
        if format == .json { write(json.header(version: version)) }
    }

    private func write(_ s: String) {
        progress.clear()
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    /// The report of the run's `i`th file (from any thread).
    func put(_ i: Int, _ report: FileReport) {
        lock.lock(); defer { lock.unlock() }
        if report.part == "asset-map", report.error == nil { assetNames += report.itemNames }
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
        while let r = pending.removeValue(forKey: next) {
            emit(next, r.part == "action-plan" && r.error == nil ? relint(next, r, assetNames) : r)
            next += 1
        }
        switch format {
        case .json:
            write(json.footer(files: counts.files, errors: counts.errors, warnings: counts.warnings, suggestions: counts.suggestions))
        case .text:
            write("\n" + text.summary(files: counts.files, errors: counts.errors, warnings: counts.warnings, suggestions: counts.suggestions))
        }
    }

    private func emit(_ i: Int, _ r: FileReport) {
        if let error = r.error {
            anyFailed = true
            progress.clear()
            writeError("\(r.path): \(error)")
        }
        switch format {
        case .json: write((counts.files > 0 ? "," : "") + json.fileJSON(r))
        case .text: write((counts.files > 0 ? "\n" : "") + text.render(r))
        }
        counts.files += 1
        for f in r.findings {
            switch f.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .suggestion: counts.suggestions += 1
            }
        }
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
