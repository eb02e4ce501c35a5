import EssayCore

/// The counts a run ends with.
public struct RunSummary: Sendable, Equatable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var suggestions = 0

    public init(files: Int = 0, errors: Int = 0, warnings: Int = 0, suggestions: Int = 0) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
        self.suggestions = suggestions
    }

    /// Counts one more file and its findings.
    public mutating func add(_ report: FileReport) {
        files += 1
        for f in report.findings {
            switch f.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .suggestion: suggestions += 1
            }
        }
    }
}

/// One output format. A run's output is `begin`, then `file` for each file
/// in the run's order as soon as it is linted (so a long run streams and
/// keeps no report it has written), then `end`. A reporter may keep what it
/// needs between calls (SARIF: whether a result was written).
public protocol Reporter: Sendable {
    mutating func begin(version: String) -> [UInt8]
    /// The file at `index` of the run (0 first).
    mutating func file(_ report: FileReport, index: Int) -> [UInt8]
    mutating func end(_ summary: RunSummary) -> [UInt8]
}

extension Reporter {
    /// A whole run's output at once (tests, fuzzing).
    public func render(_ report: Report, version: String) -> String {
        var reporter = self
        var out = reporter.begin(version: version)
        var summary = RunSummary()
        for (i, file) in report.files.enumerated() {
            out += reporter.file(file, index: i)
            summary.add(file)
        }
        out += reporter.end(summary)
        return String(decoding: out, as: UTF8.self)
    }
}
