import ArgumentParser
import EssayLint
import EssayReport
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github

    /// The reporter that writes this format.
    func reporter(color: Bool) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter()
        case .sarif:
            let rules = Linter.rules.map { SARIFReporter.Rule(id: $0.id, name: $0.name, summary: $0.summary, rationale: $0.rationale,
                                                              defaultSeverity: $0.defaultSeverity) }
            return SARIFReporter(rules: rules, base: FileManager.default.currentDirectoryPath)
        case .github: return GitHubReporter()
        }
    }
}
enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

extension WordConvention: ExpressibleByArgument {}
extension FailLevel: ExpressibleByArgument {}

/// `essaylint [lint] [options] PATH…`: the options are parsed here; what
/// they mean (configurations, folders, reading and linting each file) is
/// the façade's `Workspace`; printing is `ReportStream`'s.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Lint files (the default command).")

    @Argument(help: "Files or folders to lint ('-' reads standard input). A folder is searched for .md, .markdown, .mdown, .mkd, .txt, .docx, .odt and .html files.")
    var files: [String] = []

    @Option(help: "Output format: text (for people), json (for programs), sarif (SARIF 2.1.0, for code-scanning tools) or github (GitHub Actions annotations).")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning, suggestion or never (default: the configuration's, else error).")
    var failOn: FailLevel?

    @Option(help: "The credential profile (default: the configuration's, else community-partnerships).")
    var profile: String?

    @Option(help: "The part of the credential (default: the configuration's, else the profile's first part).")
    var part: String?

    @Option(name: .customLong("word-convention"), help: "How words are counted: word-processor or icu.")
    var wordConvention: WordConvention?

    @Option(help: "A configuration file to use instead of the nearest .essaylint.yml.")
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .essaylint.yml files.")
    var noConfig = false

    @Option(name: .customLong("stdin-filename"), help: "The file name standard input stands for; its extension picks the format.")
    var stdinFilename: String?

    @Option(name: .customLong("lexicons"), help: "An extra folder of lexicons and profiles (profiles under profiles/); its files take precedence.")
    var lexicons: [String] = []

    @Option(help: "In folders, lint only files matching this glob (relative to the folder; repeatable).")
    var include: [String] = []

    @Option(help: "In folders, skip files matching this glob (relative to the folder; repeatable).")
    var exclude: [String] = []

    @Option(name: .customLong("max-file-size"), help: "Refuse files larger than this many bytes (default: the configuration's, else 16 MiB).")
    var maxFileSize: Int?

    @Option(help: "Colour in text output: auto (a terminal without NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    /// One file of the run: where it is read from, the name it is reported
    /// by, and its settings (or why it has none).
    struct Job: Sendable {
        var path: String
        var display: String
        var settings: Result<FileSettings, SettingsError>
    }

    func run() throws {
        guard !files.isEmpty else {
            throw ValidationError("name at least one file to lint, or '-' for standard input")
        }
        Timing.mark("parsed")
        let workspace: Workspace
        do {
            workspace = try Workspace(configFile: config, useConfiguration: !noConfig, lexiconFolders: lexicons)
        } catch {
            writeError("\(error)")
            throw ExitCode(Exit.trouble)
        }
        // Each argument, folders expanded to their files in a stable order;
        // settings per file (sequential: configurations are cached), then
        // the linting itself on every core.
        let paths = Workspace.paths(expanding: files, include: include, exclude: exclude)
        let overrides = Overrides(profile: profile, part: part, wordConvention: wordConvention, failOn: failOn, maxFileSize: maxFileSize)
        let jobs = paths.map { path in
            // Standard input is configured as a file of its name in the working folder.
            let lookup = path == "-" ? FileManager.default.currentDirectoryPath + "/" + (stdinFilename ?? "stdin") : path
            return Job(path: path, display: path == "-" ? (stdinFilename ?? "<stdin>") : path,
                       settings: workspace.settings(for: lookup, overrides: overrides))
        }
        if let first = jobs.lazy.compactMap({ try? $0.settings.get() }).first { workspace.prepare(first) }
        let progress = Progress(total: jobs.count)
        let levels = jobs.map { (try? $0.settings.get())?.failOn ?? failOn ?? .error }
        // Each report is written as soon as those before it are, then dropped:
        // memory follows the largest file, not the number of files.
        let output = ReportStream(reporter: format.reporter(color: useColor), version: essaylintVersion, levels: levels, progress: progress)
        let stdinFormat = DocumentFormat.forPath(stdinFilename ?? "")
        // An action plan linted with an asset map: its community partner must be
        // on the map, so action plans wait for the whole run and are linted
        // again with the names of every asset mapped in it.
        let relint: @Sendable (Int, FileReport, [String]) -> FileReport = { i, report, assetNames in
            guard !assetNames.isEmpty, jobs[i].path != "-", case .success(let settings) = jobs[i].settings else { return report }
            return workspace.relint(report, path: jobs[i].path, settings: settings, related: ["asset-map": assetNames])
        }
        let lintJob: @Sendable (Int) -> Void = { i in
            let job = jobs[i]
            let report: FileReport
            switch job.settings {
            case .failure(let error):
                report = .failed(job.display, error.description)
            case .success(let settings) where job.path == "-":
                let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
                report = workspace.lint(bytes: bytes, displayPath: job.display, format: stdinFormat, settings: settings)
            case .success(let settings):
                report = workspace.lint(path: job.path, displayPath: job.display, settings: settings)
            }
            progress.step()
            output.put(i, report)
        }
        // Standard input is read once, so a run that includes it stays on one thread.
        let threads = paths.contains("-") ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, jobs.count)
        if threads > 1 {
            let next = IndexedResults<Bool>(count: jobs.count)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let i = next.take() { lintJob(i) }
            }
        } else {
            for i in jobs.indices { lintJob(i) }
        }
        progress.finish()
        output.finish(relint)
        Timing.mark("lint")
        Timing.mark("output")
        if output.anyFailed { throw ExitCode(Exit.trouble) }
        if output.anyOverThreshold { throw ExitCode(Exit.findings) }
    }

    /// Colour for `--color`: `auto` colours a terminal, unless NO_COLOR is
    /// set or TERM is dumb.
    var useColor: Bool {
        func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return isatty(STDOUT_FILENO) == 1 && (env("NO_COLOR") ?? "").isEmpty && env("TERM") != "dumb"
        }
    }
}
