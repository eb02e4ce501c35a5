import Foundation
import Yams
import EssayCore
import EssayText
import EssayDocuments
import EssayProfiles
import EssayStructure
import EssayLanguage
import EssayRules
import EssayRubric
import EssayReport


/// `.essaylint.yml`: settings for the files below its folder.
///
///     profile: community-partnerships
///     part: essay
///     failOn: error                 # error, warning, suggestion or never
///     wordConvention: word-processor  # or icu
///     lexicons: [my-lexicons]       # extra folders, relative to this file
///     rules:
///       deficit-language: error     # error, warning, suggestion or off
///     overrides:
///       - files: ["reflections/*.md"]
///         part: essay
///         rules: {section-length: off}
public struct Configuration: Sendable {
    public static let fileName = ".essaylint.yml"
    /// Files over this size are refused unless `maxFileSize` or `--max-file-size` says otherwise.
    public static let defaultMaxFileSize = 16 << 20

    public struct Settings: Sendable, Equatable {
        public var profile: String?
        public var part: String?
        public var failOn: String?
        public var wordConvention: WordConvention?
        /// Files larger than this many bytes are refused (default `Configuration.defaultMaxFileSize`).
        public var maxFileSize: Int?
        public var rules: [String: Severity?] = [:]

        public init() {}
    }

    public struct Override: Sendable {
        public var files: [String]
        public var settings: Settings
    }

    /// The file it was read from.
    public var path: String
    public var directory: String { (path as NSString).deletingLastPathComponent }
    public var settings: Settings
    public var lexicons: [String]
    public var overrides: [Override]

    public static let failLevels = ["error", "warning", "suggestion", "never"]

    /// Reads and checks a configuration file. Unknown keys, unknown rule ids
    /// and bad values are errors naming the file, line and column.
    public static func load(_ path: String, knownRules: Set<String> = Set(RuleRegistry.ids)) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ResourceError(file: path, message: "cannot read the configuration file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ResourceError(file: path, message: "not valid YAML: \(error)", location: Resources.location(of: error, in: text))
        }
        var config = Configuration(path: path, settings: Settings(), lexicons: [], overrides: [])
        guard let root = node else { return config }
        guard let mapping = root.mapping else { throw problem(path, root, "the configuration must be a mapping of keys to values") }
        for (key, value) in mapping where !isNull(value) || !["lexicons", "overrides", "rules"].contains(key.string ?? "") {
            let name = key.string ?? ""
            switch name {
            case "lexicons":
                config.lexicons = try strings(path, value, "lexicons")
            case "overrides":
                guard let list = value.sequence else { throw problem(path, value, "overrides: expected a list") }
                for (i, item) in list.enumerated() {
                    guard let m = item.mapping else { throw problem(path, item, "overrides[\(i)]: expected a mapping") }
                    var files: [String] = []
                    var settings = Settings()
                    for (k, v) in m {
                        if k.string == "files" {
                            files = try strings(path, v, "overrides[\(i)].files")
                        } else {
                            try apply(k, v, to: &settings, path: path, keyPath: "overrides[\(i)].", knownRules: knownRules)
                        }
                    }
                    guard !files.isEmpty else { throw problem(path, item, "overrides[\(i)]: needs 'files', a list of globs") }
                    config.overrides.append(Override(files: files, settings: settings))
                }
            default:
                try apply(key, value, to: &config.settings, path: path, keyPath: "", knownRules: knownRules)
            }
        }
        return config
    }

    package static func apply(_ key: Node, _ value: Node, to settings: inout Settings, path: String, keyPath: String, knownRules: Set<String>) throws {
        let name = key.string ?? ""
        switch name {
        case "profile": settings.profile = try string(path, value, keyPath + "profile")
        case "part": settings.part = try string(path, value, keyPath + "part")
        case "failOn":
            let v = try string(path, value, keyPath + "failOn")
            guard failLevels.contains(v) else { throw problem(path, value, "\(keyPath)failOn: '\(v)' is not one of \(failLevels.joined(separator: ", "))") }
            settings.failOn = v
        case "wordConvention":
            let v = try string(path, value, keyPath + "wordConvention")
            guard let c = WordConvention(rawValue: v) else {
                throw problem(path, value, "\(keyPath)wordConvention: '\(v)' is not one of \(WordConvention.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            settings.wordConvention = c
        case "maxFileSize":
            guard let n = value.int, n > 0 else { throw problem(path, value, "\(keyPath)maxFileSize: expected a number of bytes above 0") }
            settings.maxFileSize = n
        case "rules":
            if isNull(value) { return }
            guard let m = value.mapping else { throw problem(path, value, "\(keyPath)rules: expected a mapping of rule ids to severities") }
            for (k, v) in m {
                let id = k.string ?? ""
                guard knownRules.contains(id) else {
                    throw problem(path, k, "\(keyPath)rules: unknown rule '\(id)' (`essaylint rules` lists them)")
                }
                let level = try string(path, v, "\(keyPath)rules.\(id)")
                if level == "off" {
                    settings.rules[id] = .some(nil)
                } else if let s = Severity(rawValue: level) {
                    settings.rules[id] = .some(s)
                } else {
                    throw problem(path, v, "\(keyPath)rules.\(id): '\(level)' is not one of error, warning, suggestion, off")
                }
            }
        default:
            let allowed = keyPath.isEmpty ? "profile, part, failOn, wordConvention, lexicons, rules, overrides" : "files, profile, part, failOn, wordConvention, rules"
            throw problem(path, key, "unknown key '\(keyPath)\(name)' (allowed: \(allowed))")
        }
    }

    /// An empty value (`rules:` with only comments under it).
    package static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    package static func string(_ path: String, _ node: Node, _ keyPath: String) throws -> String {
        guard let s = node.scalar?.string else { throw problem(path, node, "\(keyPath): expected a single value") }
        return s
    }

    package static func strings(_ path: String, _ node: Node, _ keyPath: String) throws -> [String] {
        if let s = node.scalar?.string { return [s] }
        guard let list = node.sequence else { throw problem(path, node, "\(keyPath): expected a list") }
        return try list.map { try string(path, $0, keyPath) }
    }

    package static func problem(_ path: String, _ node: Node, _ message: String) -> ResourceError {
        ResourceError(file: path, message: message, location: node.mark.map { ($0.line, $0.column) })
    }

    /// The settings for one file: the top level, then every override whose
    /// glob matches the file's path relative to this configuration's folder.
    public func settings(for file: String) -> Settings {
        var result = settings
        let absolute = (file as NSString).isAbsolutePath ? file : FileManager.default.currentDirectoryPath + "/" + file
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        let full = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
        for o in overrides where o.files.contains(where: { Configuration.glob($0, matches: relative) }) {
            if let p = o.settings.profile { result.profile = p }
            if let p = o.settings.part { result.part = p }
            if let f = o.settings.failOn { result.failOn = f }
            if let c = o.settings.wordConvention { result.wordConvention = c }
            if let m = o.settings.maxFileSize { result.maxFileSize = m }
            for (k, v) in o.settings.rules { result.rules[k] = v }
        }
        return result
    }

    /// Shell-style glob: `*` and `?` within a path component, `**` across them.
    public static func glob(_ pattern: String, matches path: String) -> Bool {
        let p = Array(pattern.unicodeScalars)
        let s = Array(path.unicodeScalars)
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == s.count }
            if p[i] == "*" {
                if i + 1 < p.count, p[i + 1] == "*" {
                    var next = i + 2
                    if next < p.count, p[next] == "/" { next += 1 }
                    for k in j...s.count where match(next, k) { return true }
                    return false
                }
                var k = j
                while true {
                    if match(i + 1, k) { return true }
                    if k == s.count || s[k] == "/" { return false }
                    k += 1
                }
            }
            guard j < s.count else { return false }
            if p[i] == "?" { return s[j] != "/" && match(i + 1, j + 1) }
            return p[i] == s[j] && match(i + 1, j + 1)
        }
        // A pattern without a slash matches the file name in any folder.
        if !pattern.contains("/") {
            let name = Array((path.split(separator: "/").last.map(String.init) ?? path).unicodeScalars)
            return matchComponent(p, name)
        }
        return match(0, 0)
    }

    package static func matchComponent(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> Bool {
        func m(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == s.count }
            if p[i] == "*" {
                for k in j...s.count where m(i + 1, k) { return true }
                return false
            }
            guard j < s.count else { return false }
            return (p[i] == "?" || p[i] == s[j]) && m(i + 1, j + 1)
        }
        return m(0, 0)
    }

    /// The nearest `.essaylint.yml` in a folder or one of its parents.
    public static func find(from directory: String) -> String? {
        // Path strings and stat(2), not URL and FileManager: this runs before
        // every lint, and their first use costs more than the walk.
        var folders = absoluteComponents(directory)
        while true {
            let candidate = "/" + (folders + [fileName]).joined(separator: "/")
            var info = stat()
            if stat(candidate, &info) == 0 { return candidate }
            if folders.isEmpty { return nil }
            folders.removeLast()
        }
    }

    /// A path's components from the root, made absolute against the working
    /// folder, with "." and ".." resolved by name (as `standardizedFileURL`).
    package static func absoluteComponents(_ path: String) -> [String] {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var out: [String] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(String(part))
        }
        return out
    }

    /// The commented starter file `essaylint init` writes.
    public static let starter = """
    # essaylint configuration: applies to the files in this folder and below.
    # Command-line options override these settings.

    # The credential profile and part to lint with (`essaylint profiles` lists
    # them). Left out, each document's credential and part are detected.
    # profile: community-partnerships
    # part: essay

    # Exit with status 1 when a finding reaches this severity:
    # error, warning, suggestion or never.
    failOn: error

    # How words are counted: word-processor (the default) or icu.
    wordConvention: word-processor

    # Extra folders of lexicons and profiles (profiles in a profiles/ subfolder),
    # relative to this file.
    # lexicons: [lexicons]

    # Files larger than this many bytes are refused (default 16 MiB).
    # maxFileSize: 16777216

    # Rule severities: error, warning, suggestion or off (`essaylint rules`).
    rules:
      # deficit-language: error
      # section-length: off

    # Settings for some files only (globs relative to this file).
    # overrides:
    #   - files: ["drafts/*.md"]
    #     rules:
    #       word-count: warning

    """
}
