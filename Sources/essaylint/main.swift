import ArgumentParser
import EssayLint
import EssayReport
import Foundation

let essaylintVersion = "0.1.0"

enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning, suggestion, never }
enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

struct EssayLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "essaylint",
        abstract: "Lint a micro-credential application essay before you submit it.",
        discussion: "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage, input or configuration error.",
        version: essaylintVersion,
        subcommands: [Lint.self, Rules.self, Explain.self, Profiles.self, Init.self],
        defaultSubcommand: Lint.self
    )
}

/// Exit statuses of the gate.
enum Exit {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let trouble: Int32 = 2
}

func writeError(_ message: String) {
    FileHandle.standardError.write(Data(("essaylint: " + message + "\n").utf8))
}

extension WordConvention: ExpressibleByArgument {}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Lint files (the default command).")

    @Argument(help: "Files or folders to lint ('-' reads standard input). A folder is searched for .md, .markdown, .mdown, .mkd, .txt, .docx, .odt and .html files.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
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

    func run() throws {
        try LintRequest(self).run()
    }
}

/// What `lint` is asked to do, however its command line was parsed: by
/// ArgumentParser (`Lint`), or by `LintRequest.quickParse` for the plain
/// command line a gate runs.
struct LintRequest: Sendable {
    var files: [String] = []
    var format: OutputFormat = .text
    var failOn: FailLevel?
    var profile: String?
    var part: String?
    var wordConvention: WordConvention?
    var config: String?
    var noConfig = false
    var stdinFilename: String?
    var lexicons: [String] = []
    var include: [String] = []
    var exclude: [String] = []
    var maxFileSize: Int?
    var color: ColorChoice = .auto

    init() {}

    init(_ lint: Lint) {
        files = lint.files
        format = lint.format
        failOn = lint.failOn
        profile = lint.profile
        part = lint.part
        wordConvention = lint.wordConvention
        config = lint.config
        noConfig = lint.noConfig
        stdinFilename = lint.stdinFilename
        lexicons = lint.lexicons
        include = lint.include
        exclude = lint.exclude
        maxFileSize = lint.maxFileSize
        color = lint.color
    }

    /// `essaylint [lint] [--option value | --option=value]… FILE…` with `Lint`'s
    /// long options, parsed without ArgumentParser: building its command tree
    /// and checking for a completion-script request take about three
    /// milliseconds of a run that should take about ten. Anything else (help,
    /// a short option, an unknown or repeated single-value option, a value
    /// that is not one of the choices or starts with '-', `--`, no file) is
    /// nil and goes to ArgumentParser, so every message and usage line stays
    /// its own. `CLITests.testQuickParseAgreesWithArgumentParser` runs
    /// command lines both ways (`ESSAYLINT_ARGUMENT_PARSER=1` forces the
    /// second) and compares.
    static func quickParse(_ arguments: [String]) -> LintRequest? {
        var rest = arguments[...]
        if let first = rest.first, ["rules", "explain", "profiles", "init", "help"].contains(first) { return nil }
        if rest.first == "lint" { rest = rest.dropFirst() }
        var request = LintRequest()
        var seen: Set<String> = []
        while let argument = rest.popFirst() {
            if argument == "-" || !argument.hasPrefix("-") {
                request.files.append(argument)
                continue
            }
            guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
            var name = String(argument.dropFirst(2))
            var inline: String?
            if let equals = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if name == "no-config" {
                guard inline == nil, !request.noConfig else { return nil }
                request.noConfig = true
                continue
            }
            let repeatable = name == "lexicons" || name == "include" || name == "exclude"
            guard repeatable || seen.insert(name).inserted else { return nil }
            let value: String
            if let inline = inline {
                value = inline
            } else {
                guard let next = rest.popFirst(), !next.hasPrefix("-") else { return nil }
                value = next
            }
            switch name {
            case "format": guard let v = OutputFormat(rawValue: value) else { return nil }; request.format = v
            case "fail-on": guard let v = FailLevel(rawValue: value) else { return nil }; request.failOn = v
            case "color": guard let v = ColorChoice(rawValue: value) else { return nil }; request.color = v
            case "word-convention": guard let v = WordConvention(rawValue: value) else { return nil }; request.wordConvention = v
            case "max-file-size": guard let v = Int(value) else { return nil }; request.maxFileSize = v
            case "profile": request.profile = value
            case "part": request.part = value
            case "config": request.config = value
            case "stdin-filename": request.stdinFilename = value
            case "lexicons": request.lexicons.append(value)
            case "include": request.include.append(value)
            case "exclude": request.exclude.append(value)
            default: return nil
            }
        }
        return request.files.isEmpty ? nil : request
    }

    func run() throws {
        guard !files.isEmpty else {
            throw ValidationError("name at least one file to lint, or '-' for standard input")
        }
        func phase(_ name: String) { Timing.mark(name) }
        phase("parsed")
        var configurations = ConfigurationCache(explicit: config, disabled: noConfig, lexicons: lexicons)
        if let path = config {
            guard case .success = configurations.load(path) else {
                if case .failure(let error) = configurations.load(path) { writeError("\(error)") }
                throw ExitCode(Exit.trouble)
            }
        }
        // Each argument, folders expanded to their files in a stable order.
        var paths: [String] = []
        for argument in files {
            var info = stat()
            if argument != "-", stat(argument, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                paths += FolderWalk.files(in: argument, include: include, exclude: exclude)
            } else {
                paths.append(argument)
            }
        }
        // Settings per file (sequential: configurations are cached), then the
        // linting itself on every core.
        struct Job: Sendable { var path: String; var display: String; var linter: Linter?; var options: LintOptions; var level: String; var failure: String?
                               var maxSize = Configuration.defaultMaxFileSize }
        var jobs: [Job] = []
        for path in paths {
            let displayPath = path == "-" ? (stdinFilename ?? "<stdin>") : path
            let lookup = path == "-" ? FileManager.default.currentDirectoryPath + "/" + (stdinFilename ?? "stdin") : path
            var job = Job(path: path, display: displayPath, linter: nil, options: LintOptions(), level: failOn?.rawValue ?? "error", failure: nil)
            switch configurations.setup(for: lookup) {
            case .failure(let error):
                job.failure = "configuration: \(error)"
            case .success(let setup):
                // No profile named: detected from each document.
                job.options.profile = profile ?? setup.settings.profile
                job.options.part = part ?? setup.settings.part
                job.options.wordConvention = wordConvention ?? setup.settings.wordConvention ?? .wordProcessor
                job.options.severities = setup.settings.rules
                job.level = failOn?.rawValue ?? setup.settings.failOn ?? "error"
                job.maxSize = maxFileSize ?? setup.settings.maxFileSize ?? Configuration.defaultMaxFileSize
                if let id = job.options.profile, setup.linter.resources.profile(id) == nil {
                    let known = setup.linter.profileIDs.joined(separator: ", ")
                    job.failure = "unknown profile '\(id)' (known: \(known))"
                } else {
                    job.linter = setup.linter
                }
            }
            jobs.append(job)
        }
        if let first = jobs.first(where: { $0.linter != nil }) { first.linter!.prepare(first.options) }
        let progress = Progress(total: jobs.count)
        let allJobs = jobs
        let command = self
        func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto: useColor = isatty(STDOUT_FILENO) == 1 && (env("NO_COLOR") ?? "").isEmpty && env("TERM") != "dumb"
        }
        // Each report is written as soon as those before it are, then dropped:
        // memory follows the largest file, not the number of files.
        let output = ReportStream(format: format, color: useColor, version: essaylintVersion, levels: jobs.map(\.level), progress: progress)
        // An action plan linted with an asset map: its community partner must be
        // on the map, so action plans wait for the whole run and are linted
        // again with the names of every asset mapped in it.
        let relint: @Sendable (Int, FileReport, [String]) -> FileReport = { i, r, assetNames in
            guard !assetNames.isEmpty, allJobs[i].path != "-" else { return r }
            var options = allJobs[i].options
            options.profile = r.profile
            options.part = r.part
            options.related["asset-map"] = assetNames
            var again = command.lintOne(allJobs[i].path, allJobs[i].display, allJobs[i].linter!, options, maxSize: allJobs[i].maxSize)
            again.detection = r.detection
            return again
        }
        let lintJob: @Sendable (Int) -> Void = { i in
            let job = allJobs[i]
            let report = job.failure.map { FileReport.failed(job.display, $0) } ?? command.lintOne(job.path, job.display, job.linter!, job.options, maxSize: job.maxSize)
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
        phase("lint")
        phase("output")
        if output.anyFailed { throw ExitCode(Exit.trouble) }
        if output.anyOverThreshold { throw ExitCode(Exit.findings) }
    }

    func lintOne(_ path: String, _ displayPath: String, _ linter: Linter, _ options: LintOptions, maxSize: Int = Configuration.defaultMaxFileSize) -> FileReport {
        let format = DocumentFormat.forPath(path == "-" ? (stdinFilename ?? "") : path)
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            // stat(2) and read(2): FileManager's attributes and contents cost
            // more, the first time, than linting an essay.
            var info = stat()
            guard stat(path, &info) == 0 else {
                if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                    return .failed(displayPath, "a broken symbolic link (to \(target), which does not exist)")
                }
                return .failed(displayPath, "no such file")
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                if access(path, R_OK | X_OK) != 0 {
                    return .failed(displayPath, "a folder that cannot be read (permission denied)")
                }
                return .failed(displayPath, "is a folder, not a file")
            }
            if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > maxSize {
                return .failed(displayPath, "the file is \(info.st_size) bytes, over the limit of \(maxSize) (--max-file-size or maxFileSize in .essaylint.yml)")
            }
            guard let read = readFile(path, expected: Int(info.st_size), limit: maxSize) else {
                return .failed(displayPath, "cannot be read (permission denied?)")
            }
            bytes = read
        }
        if bytes.count > maxSize {
            return .failed(displayPath, "the input is \(bytes.count) bytes, over the limit of \(maxSize) (--max-file-size or maxFileSize in .essaylint.yml)")
        }
        let archive = format == .docx || format == .odt
        if !archive, let problem = InputChecks.problem(bytes) { return .failed(displayPath, problem) }
        if archive, bytes.isEmpty { return .failed(displayPath, "the file is empty") }
        Timing.mark("file")
        return linter.lint(bytes: bytes, path: displayPath, format: format, options: options)
    }
}

/// Configurations found for the files of a run, and a linter for each set of
/// lexicon folders they name.
struct ConfigurationCache {
    struct Setup {
        var settings: Configuration.Settings
        var linter: Linter
    }

    let explicit: String?
    let disabled: Bool
    let lexicons: [String]
    private var loaded: [String: Result<Configuration, ResourceError>] = [:]
    private var linters: [[String]: Result<Linter, ResourceError>] = [:]
    private var nearest: [String: String?] = [:]

    init(explicit: String?, disabled: Bool, lexicons: [String]) {
        self.explicit = explicit
        self.disabled = disabled
        self.lexicons = lexicons
    }

    mutating func load(_ path: String) -> Result<Configuration, ResourceError> {
        if let r = loaded[path] { return r }
        let r: Result<Configuration, ResourceError>
        do { r = .success(try Configuration.load(path)) } catch let e as ResourceError { r = .failure(e) } catch {
            r = .failure(ResourceError(file: path, message: "\(error)"))
        }
        loaded[path] = r
        return r
    }

    mutating func linter(_ folders: [String]) -> Result<Linter, ResourceError> {
        if let l = linters[folders] { return l }
        let r: Result<Linter, ResourceError>
        do {
            r = .success(try Linter.with(lexiconFolders: folders))
        } catch let e as ResourceError { r = .failure(e) } catch { r = .failure(ResourceError(file: folders.joined(separator: ", "), message: "\(error)")) }
        linters[folders] = r
        Timing.mark("resources")
        return r
    }

    mutating func setup(for file: String) -> Result<Setup, ResourceError> {
        var configuration: Configuration?
        if !disabled {
            let path: String?
            if let e = explicit {
                path = e
            } else {
                let folder = (file as NSString).deletingLastPathComponent
                let key = folder.isEmpty ? "." : folder
                if let cached = nearest[key] { path = cached } else {
                    let found = Configuration.find(from: key)
                    nearest[key] = found
                    path = found
                }
            }
            if let p = path {
                switch load(p) {
                case .success(let c): configuration = c
                case .failure(let e): return .failure(e)
                }
            }
        }
        let extra = (configuration?.lexicons ?? []).map { folder in
            (folder as NSString).isAbsolutePath ? folder : configuration!.directory + "/" + folder
        }
        switch linter(extra + lexicons) {
        case .failure(let e): return .failure(e)
        case .success(let l): return .success(Setup(settings: configuration?.settings(for: file) ?? Configuration.Settings(), linter: l))
        }
    }
}

/// Finds the lintable files below a folder.
enum FolderWalk {
    static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd", "txt", "docx", "odt", "html", "htm"]

    static func files(in folder: String, include: [String], exclude: [String]) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name == "node_modules" {
                walker.skipDescendants()
                continue
            }
            // A folder that cannot be read is reported, not skipped in silence.
            let here = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: here, isDirectory: &isFolder), isFolder.boolValue,
               !FileManager.default.isReadableFile(atPath: here) || !FileManager.default.isExecutableFile(atPath: here) {
                out.append(here)
                continue
            }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            if !include.isEmpty, !include.contains(where: { Configuration.glob($0, matches: relative) }) { continue }
            if exclude.contains(where: { Configuration.glob($0, matches: relative) }) { continue }
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            out.append(full)
        }
        return out.sorted()
    }
}

/// "[12/340] linting" on standard error, for long runs on a terminal.
/// Writes reports in the run's order as they complete (text or one JSON
/// document, byte for byte what rendering them all at the end would give),
/// keeping only the counts the summary and the exit status need. An action
/// plan, and everything after it, waits for the end of the run: it is linted
/// again with the asset names of every asset map in the run.
final class ReportStream: @unchecked Sendable {
    private let lock = NSLock()
    private var reporter: any Reporter
    private let version: String
    private let levels: [String]
    private let progress: Progress
    private var pending: [Int: FileReport] = [:]
    private var next = 0
    private var holding = false
    private var assetNames: [String] = []
    private var summary = RunSummary()
    private(set) var anyFailed = false
    private(set) var anyOverThreshold = false

    init(format: OutputFormat, color: Bool, version: String, levels: [String], progress: Progress) {
        switch format {
        case .json: reporter = JSONReporter()
        case .text: reporter = TextReporter(color: color)
        }
        self.version = version
        self.levels = levels
        self.progress = progress
        write(reporter.begin(version: version))
    }

    private func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        progress.clear()
        FileHandle.standardOutput.write(Data(bytes))
    }

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

    func finish(_ relint: (Int, FileReport, [String]) -> FileReport) {
        lock.lock(); defer { lock.unlock() }
        while let r = pending.removeValue(forKey: next) {
            emit(next, r.part == "action-plan" && r.error == nil ? relint(next, r, assetNames) : r)
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
        let threshold: Severity?
        switch levels[i] {
        case "warning": threshold = .warning
        case "suggestion": threshold = .suggestion
        case "never": threshold = nil
        default: threshold = .error
        }
        if let t = threshold, r.findings.contains(where: { $0.severity >= t }) { anyOverThreshold = true }
    }
}

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

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a commented starter .essaylint.yml in the current folder.")

    @Flag(help: "Overwrite an existing .essaylint.yml.")
    var force = false

    func run() throws {
        let path = FileManager.default.currentDirectoryPath + "/" + Configuration.fileName
        if FileManager.default.fileExists(atPath: path), !force {
            writeError("\(path) already exists; use --force to overwrite it")
            throw ExitCode(Exit.trouble)
        }
        do {
            try Configuration.starter.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            writeError("\(path): cannot write: \(error.localizedDescription)")
            throw ExitCode(Exit.trouble)
        }
        print("wrote \(path)")
    }
}

struct Profiles: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "profiles", abstract: "List the credential profiles and their parts.")

    func run() throws {
        for profile in try Linter.embedded().profiles {
            print("\(profile.id): \(profile.name)")
            for part in profile.parts {
                var detail: [String] = []
                if let r = part.wordRange { detail.append("\(r.min) to \(r.max) words") }
                if part.headingPerCriterion ?? false { detail.append("a sub-heading for each of \(profile.criteria.count) competencies") }
                print("  \(part.id): \(part.title)" + (detail.isEmpty ? "" : " (" + detail.joined(separator: "; ") + ")"))
            }
        }
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule with its default severity and what it checks.")

    func run() {
        for d in Linter.rules {
            print("\(d.id) (\(d.defaultSeverity.rawValue)): \(d.summary)")
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule: what it checks, why, examples and the rubric criteria it maps to.")

    @Argument(help: "A rule id, as `essaylint rules` lists them.")
    var rule: String

    func run() throws {
        guard let d = Linter.rule(rule) else {
            writeError("unknown rule '\(rule)'; `essaylint rules` lists them")
            throw ExitCode(Exit.trouble)
        }
        print("\(d.id): \(d.name) (default severity: \(d.defaultSeverity.rawValue))\n")
        print(d.summary + "\n")
        print("Why: " + d.rationale + "\n")
        if let linter = try? Linter.embedded() {
            let mappings = linter.rubricMappings(of: d.id)
            for m in mappings {
                let target = m.criterion ?? "the competency of the section"
                let what = m.what == d.id ? "" : " (\(m.what))"
                print("Rubric, \(m.profile)/\(m.part)\(what): puts \(target) at risk, at most level \(m.ceiling)\(m.descriptor.isEmpty ? "." : ": “\(m.descriptor)”")")
            }
            if !mappings.isEmpty { print("") }
        }
        let shortExamples = d.triggering.filter { $0.count < 400 }
        if !shortExamples.isEmpty {
            print("Flagged (the «marked» text):")
            for e in shortExamples { print("  " + e.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n  ")) }
            print("")
        }
        let quiet = d.nonTriggering.filter { $0.count < 400 }
        if !quiet.isEmpty {
            print("Not flagged:")
            for e in quiet { print("  " + e.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n  ")) }
        }
    }
}

/// A file's bytes by open(2) and read(2); nil when it cannot be opened or
/// read. Reading stops past `limit` (the caller refuses the file then).
func readFile(_ path: String, expected: Int, limit: Int) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
    var count = 0
    while true {
        if count == bytes.count {
            guard count <= limit else { break }
            bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
        }
        let n = bytes.withUnsafeMutableBytes { buffer in
            read(fd, buffer.baseAddress! + count, buffer.count - count)
        }
        if n < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if n == 0 { break }
        count += n
    }
    bytes.removeSubrange(count...)
    return bytes
}

/// Inputs refused before reading: empty, only whitespace, binary.
enum InputChecks {
    static func problem(_ bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return "the file is empty" }
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !utf16, bytes.prefix(8192).contains(0) { return "a binary file, not text" }
        if !utf16, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return "the file holds only whitespace" }
        return nil
    }
}

/// Parses the command line. `essaylint FILE…` (the default command, and the
/// one a gate runs per file) is parsed as `lint` directly: building the root
/// command's tree, every subcommand's arguments and the completion-script
/// check costs a few milliseconds of a run that should take about ten. Help,
/// version, completion and anything that fails to parse go through the root
/// command, so messages and usage read exactly as before.
func parseCommand(_ arguments: [String]) throws -> ParsableCommand {
    let subcommands: Set<String> = ["lint", "rules", "explain", "profiles", "init", "help"]
    let rootOnly = arguments.contains { argument in
        argument == "-h" || argument == "--help" || argument == "--version" || argument.hasPrefix("--generate-completion")
            || argument.hasPrefix("--experimental")
    }
    if let first = arguments.first, !subcommands.contains(first), !rootOnly,
       let lint = try? Lint.parse(arguments) {
        return lint
    }
    return try EssayLintCommand.parseAsRoot(arguments)
}

// ArgumentParser exits 64 on usage errors; the gate's contract is 2.
Timing.mark("start")
Linter.startLoading()
do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if getenv("ESSAYLINT_ARGUMENT_PARSER") == nil, let request = LintRequest.quickParse(arguments) {
        try request.run()
    } else {
        var command = try parseCommand(arguments)
        try command.run()
    }
} catch {
    // The gate's own statuses, without asking ArgumentParser.
    if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
    let code = EssayLintCommand.exitCode(for: error)
    if code == .success {
        EssayLintCommand.exit(withError: error)
    }
    if error is ExitCode {
        exit((error as! ExitCode).rawValue)
    }
    let message = EssayLintCommand.fullMessage(for: error)
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(Exit.trouble)
}
