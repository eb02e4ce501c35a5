import Foundation
import EssayCore
import EssayReport
import EssayDocuments

/// The severity at or above which a finding fails a gate (`--fail-on`,
/// `failOn` in `.essaylint.yml`).
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, suggestion, never

    /// The lowest severity that fails; nil for `never`.
    public var threshold: Severity? {
        switch self {
        case .error: return .error
        case .warning: return .warning
        case .suggestion: return .suggestion
        case .never: return nil
        }
    }

    /// Whether a report has a finding at or above this level.
    public func isReached(by report: FileReport) -> Bool {
        guard let t = threshold else { return false }
        return report.findings.contains { $0.severity >= t }
    }
}

/// Settings a front end gives over the configuration's (a command line's
/// options, an editor's or a request's settings); nil leaves the
/// configuration's setting, or the default.
public struct Overrides: Sendable, Equatable {
    /// The credential profile; nil with no configured profile: detected from each document.
    public var profile: String?
    /// The part of the credential; nil with no configured part: detected.
    public var part: String?
    public var wordConvention: WordConvention?
    public var failOn: FailLevel?
    /// Inputs larger than this many bytes are refused.
    public var maxFileSize: Int?

    public init(profile: String? = nil, part: String? = nil, wordConvention: WordConvention? = nil,
                failOn: FailLevel? = nil, maxFileSize: Int? = nil) {
        self.profile = profile
        self.part = part
        self.wordConvention = wordConvention
        self.failOn = failOn
        self.maxFileSize = maxFileSize
    }
}

/// How one file is linted: the options (profile, part, word convention,
/// rule severities), the level that fails the gate, the size limit, and the
/// linter that holds the file's lexicons and profiles.
public struct FileSettings: Sendable {
    public var options: LintOptions
    public var failOn: FailLevel
    /// Inputs larger than this many bytes are refused.
    public var maxFileSize: Int
    /// The embedded profiles and lexicons with the file's lexicon folders.
    public let linter: Linter

    public init(options: LintOptions, failOn: FailLevel = .error, maxFileSize: Int = Configuration.defaultMaxFileSize, linter: Linter) {
        self.options = options
        self.failOn = failOn
        self.maxFileSize = maxFileSize
        self.linter = linter
    }
}

/// Why a file has no settings to lint with.
public enum SettingsError: Error, Sendable, CustomStringConvertible {
    /// Its configuration file, or a lexicon folder it names, did not load.
    case configuration(ResourceError)
    /// The profile named (by the configuration or an override) does not exist.
    case unknownProfile(String, known: [String])

    public var description: String {
        switch self {
        case .configuration(let error): return "configuration: \(error)"
        case .unknownProfile(let id, let known): return "unknown profile '\(id)' (known: \(known.joined(separator: ", ")))"
        }
    }
}

/// What every front end (the command line, a language server, a web
/// server) does between its requests and the `Linter`: each file's
/// settings from its nearest `.essaylint.yml` (or one named file) with the
/// front end's overrides on top, the lexicon folders they name, folders
/// expanded to their files, and files and bytes read safely (size limit;
/// empty, whitespace-only, binary and non-regular inputs refused) and linted
/// to a `FileReport`.
///
/// Configurations and linters are loaded once and kept, so a workspace is
/// meant to live as long as its front end; every method is safe to call
/// from any thread.
public final class Workspace: Sendable {
    /// The configuration file named for every file, if any.
    public let configFile: String?
    /// false: no configuration file applies (not even `configFile`).
    public let usesConfiguration: Bool
    /// Extra lexicon folders for every file, after the configuration's.
    public let lexiconFolders: [String]
    private let cache: ConfigurationCache

    /// A workspace whose files are configured by `configFile`, else each by
    /// the nearest `.essaylint.yml` above it (when `useConfiguration`), with
    /// `lexiconFolders` added to every file's lexicons. A `configFile` is
    /// loaded now, even when `useConfiguration` is false, and its error
    /// thrown.
    public init(configFile: String? = nil, useConfiguration: Bool = true, lexiconFolders: [String] = []) throws(ResourceError) {
        self.configFile = configFile
        self.usesConfiguration = useConfiguration
        self.lexiconFolders = lexiconFolders
        cache = ConfigurationCache(explicit: configFile, enabled: useConfiguration, lexicons: lexiconFolders)
        if let path = configFile, case .failure(let error) = cache.load(path) { throw error }
    }

    /// The embedded profiles and lexicons only: no configuration file and no
    /// extra folder is ever read (a server linting uploads).
    public static func embeddedOnly() -> Workspace {
        // Cannot throw: there is no configuration file to load.
        try! Workspace(configFile: nil, useConfiguration: false, lexiconFolders: [])
    }

    /// The settings for the file at `path` (which need not exist: an
    /// editor's unsaved document or standard input is configured by the
    /// folder it would be in): its configuration's, with its `overrides`
    /// entries for that file, then `overrides` on top. With no profile
    /// named, the profile and part are detected from each document.
    public func settings(for path: String, overrides: Overrides = Overrides()) -> Result<FileSettings, SettingsError> {
        let setup: ConfigurationCache.Setup
        switch cache.setup(for: path) {
        case .failure(let error): return .failure(.configuration(error))
        case .success(let s): setup = s
        }
        var options = LintOptions()
        options.profile = overrides.profile ?? setup.settings.profile
        options.part = overrides.part ?? setup.settings.part
        options.wordConvention = overrides.wordConvention ?? setup.settings.wordConvention ?? .wordProcessor
        options.severities = setup.settings.rules
        let failOn = overrides.failOn ?? setup.settings.failOn.flatMap(FailLevel.init(rawValue:)) ?? .error
        let maxFileSize = overrides.maxFileSize ?? setup.settings.maxFileSize ?? Configuration.defaultMaxFileSize
        if let id = options.profile, setup.linter.resources.profile(id) == nil {
            return .failure(.unknownProfile(id, known: setup.linter.profileIDs))
        }
        return .success(FileSettings(options: options, failOn: failOn, maxFileSize: maxFileSize, linter: setup.linter))
    }

    /// Starts building, on another core, what linting with these settings
    /// needs, so that it overlaps with reading the first file.
    public func prepare(_ settings: FileSettings) {
        settings.linter.prepare(settings.options)
    }

    /// Reads and lints the file at `path`, reported as `displayPath` (the
    /// path itself by default); the format follows `path`'s extension. A
    /// path that cannot be linted (missing, a folder, a named pipe, socket
    /// or device, a broken link or a link loop, over the size limit, empty,
    /// only whitespace, binary, unreadable) gives a report whose `error`
    /// says why; a named pipe is never opened, so it cannot block.
    public func lint(path: String, displayPath: String? = nil, settings: FileSettings) -> FileReport {
        let display = displayPath ?? path
        switch InputChecks.read(path: path, limit: settings.maxFileSize) {
        case .failure(let problem): return .failed(display, problem.description)
        case .success(let bytes): return lint(bytes: bytes, displayPath: display, format: .forPath(path), settings: settings)
        }
    }

    /// Lints bytes already in memory (an upload, standard input) with the
    /// same checks as a file's: over the size limit, empty, and for text
    /// formats only whitespace or binary, each a report with its `error`.
    /// `memo`: what the last lint of the same open document kept (an
    /// editor's document; see `DocumentMemo`).
    public func lint(bytes: [UInt8], displayPath: String, format: DocumentFormat, settings: FileSettings,
                     memo: DocumentMemo? = nil) -> FileReport {
        if let problem = InputChecks.problem(bytes, format: format, limit: settings.maxFileSize) {
            return .failed(displayPath, problem.description)
        }
        Timing.mark("file")
        return settings.linter.lint(bytes: bytes, path: displayPath, format: format, options: settings.options, memo: memo)
    }

    /// The text a document's findings are placed in (their line, column,
    /// offset and length): a text or Markdown file's own text, a Word,
    /// OpenDocument or HTML document's extracted text with one paragraph per
    /// line. The same checks as `lint(bytes:…)` first; a failure is the
    /// message a report's `error` would carry.
    public func text(bytes: [UInt8], format: DocumentFormat, settings: FileSettings) -> Result<String, InputFailure> {
        if let problem = InputChecks.problem(bytes, format: format, limit: settings.maxFileSize) {
            return .failure(InputFailure(message: problem.description))
        }
        do throws(InputError) {
            let document = try Readers.read(bytes: bytes, path: "", format: format)
            return .success(document.source.string(0..<document.source.count))
        } catch {
            return .failure(InputFailure(message: error.description))
        }
    }

    /// Lints text in memory (an editor's document) as UTF-8 bytes of `format`.
    public func lint(text: String, displayPath: String, format: DocumentFormat, settings: FileSettings) -> FileReport {
        lint(bytes: Array(text.utf8), displayPath: displayPath, format: format, settings: settings)
    }

    /// Lints a file again with what other files of the same run showed:
    /// `related` names by part id (the asset map's assets, which an action
    /// plan's community partner must be among). The profile and part are
    /// the ones `report` was linted as, and its detection is kept.
    public func relint(_ report: FileReport, path: String, settings: FileSettings, related: [String: [String]]) -> FileReport {
        var again = settings
        again.options.profile = report.profile
        again.options.part = report.part
        again.options.related.merge(related) { _, new in new }
        var result = lint(path: path, displayPath: report.path, settings: again)
        result.detection = report.detection
        return result
    }

    /// The lintable files below a folder, in path order: `.md`, `.markdown`,
    /// `.mdown`, `.mkd`, `.txt`, `.docx`, `.odt`, `.html` and `.htm`, hidden
    /// files and folders and `node_modules` skipped, `include` and `exclude`
    /// globs matched against the path relative to the folder. A folder that
    /// cannot be read is listed itself (linting it reports why). Symbolic
    /// links to folders are not followed.
    public static func files(in folder: String, include: [String] = [], exclude: [String] = []) -> [String] {
        FolderWalk.files(in: folder, include: include, exclude: exclude)
    }

    /// The paths a command line names, each folder replaced by its files
    /// (`files(in:)`), in order; "-" (standard input) and paths that are not
    /// folders stay as they are.
    public static func paths(expanding arguments: [String], include: [String] = [], exclude: [String] = []) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var info = stat()
            if argument != "-", stat(argument, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                paths += files(in: argument, include: include, exclude: exclude)
            } else {
                paths.append(argument)
            }
        }
        return paths
    }
}

/// Why a document could not be read, in the words a report's `error` uses.
public struct InputFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
