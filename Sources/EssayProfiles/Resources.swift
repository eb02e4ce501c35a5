import Foundation
import Yams
import EssayCore

/// The profiles and lexicons essaylint lints with: those embedded at build
/// time from `Lexicons/`, and those of any extra folder, which take precedence
/// by id.
public struct Resources: Sendable {
    /// Profiles decoded (from folders, or embedded ones already used).
    private var decoded: [String: CredentialProfile] = [:]
    /// Embedded profiles, decoded on first use.
    private var lazy: [String: LazyProfile] = [:]
    /// What choosing a part needs of each embedded profile.
    private var summaries: [String: ProfileSummary] = [:]
    public private(set) var lexicons: [String: Lexicon] = [:]
    /// Embedded lexicons, decoded on first use.
    private var lazyLexicons: [String: LazyLexicon] = [:]
    /// Word lists of the rules (not a profile or a lexicon): a folder's file,
    /// or the embedded one decoded on first use.
    private var identifyingLists = WordListFile<IdentifyingInformation>()
    private var artifactCues = WordListFile<ArtifactReferenceCues>()
    private var statementCueList = WordListFile<StatementCues>()
    /// Where each profile or lexicon came from, for messages.
    public private(set) var origins: [String: String] = [:]

    /// The rule ids a profile read from a folder may name; nil takes any.
    public var knownRules: Set<String>?

    public init() {}

    /// The embedded data. Decoding it cannot fail in a build whose tests pass.
    /// Decoded once per process (the first caller decodes, others wait).
    public static func embedded() throws -> Resources {
        try decodedEmbedded.get()
    }

    private static let decodedEmbedded: Result<Resources, ResourceError> = Result { () throws(ResourceError) in
        try decodeEmbedded()
    }

    /// Starts decoding the embedded data on another core, so that a command
    /// line can be parsed meanwhile; `embedded()` then waits for it.
    public static func startDecodingEmbedded() {
        // Two tasks, for the two cores the command line's parsing leaves
        // room on: the lexicons and profile index, and the default profile
        // (choosing a part reads its headings' wording).
        DispatchQueue.global(qos: .userInitiated).async {
            Timing.mark("bg start")
            if case .success(let resources) = decodedEmbedded {
                Timing.mark("bg embedded")
                // The lexicons, for the scan that comes after choosing a part.
                for box in resources.lazyLexicons.values { _ = box.value }
                Timing.mark("bg lexicons")
                _ = resources.identifyingLists.embedded?.value
                _ = resources.artifactCues.embedded?.value
                _ = resources.statementCueList.embedded?.value
                Timing.mark("bg word lists")
            }
        }
        DispatchQueue.global(qos: .userInitiated).async {
            _ = embeddedProfiles["profiles/" + LintOptions.defaultProfile + ".yml"]?.value
            Timing.mark("bg default profile")
        }
    }

    /// Each embedded profile's box by file, made without decoding anything.
    private static let embeddedProfiles: [String: LazyProfile] = {
        // What the build wrote beside each profile: "#vocabulary", "#light", "#stemmed".
        var extras: [String: [String: String]] = [:]
        for (path, json) in EmbeddedLexicons.files where path.hasPrefix("profiles/") {
            guard let mark = path.lastIndex(of: "#") else { continue }
            extras[String(path[..<mark]), default: [:]][String(path[path.index(after: mark)...])] = json
        }
        var boxes: [String: LazyProfile] = [:]
        for (path, json) in EmbeddedLexicons.files where path.hasPrefix("profiles/") && !path.contains("#") {
            let extra = extras[path] ?? [:]
            boxes[path] = LazyProfile(json: json, origin: "Lexicons/" + path, vocabulary: extra["vocabulary"],
                                      light: extra["light"], stemmed: extra["stemmed"])
        }
        return boxes
    }()

    /// The embedded JSON, decoded by the same Codable conformances as YAML
    /// read from a folder.
    package static func decode<T: Decodable>(_ type: T.Type, json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// The id of an embedded lexicon, without decoding the rest.
    private struct Identified: Decodable { var id: String }

    private static func decodeEmbedded() throws(ResourceError) -> Resources {
        var resources = Resources()
        for (path, json) in EmbeddedLexicons.files where path.hasSuffix("#index") {
            do {
                let summary = try Resources.decode(ProfileSummary.self, json: json)
                resources.summaries[summary.id] = summary
                resources.lazy[summary.id] = embeddedProfiles[summary.file ?? ""] ?? LazyProfile(json: "", origin: "Lexicons/" + path)
                resources.origins["profile:" + summary.id] = "Lexicons/" + (summary.file ?? path)
            } catch {
                throw ResourceError(file: "Lexicons/" + path, message: Resources.describe(error))
            }
        }
        var lexiconJSON: [String: String] = [:]
        for (path, json) in EmbeddedLexicons.files where !path.hasPrefix("profiles/") && !path.contains("#") { lexiconJSON[path] = json }
        for (path, json) in EmbeddedLexicons.files where path.hasSuffix("#lexicon") {
            let file = String(path.dropLast("#lexicon".count))
            guard let id = (try? Resources.decode(Identified.self, json: json))?.id else {
                throw ResourceError(file: "Lexicons/" + file, message: "the build wrote no id for this lexicon")
            }
            resources.lazyLexicons[id] = LazyLexicon(json: lexiconJSON[file] ?? "", origin: "Lexicons/" + file)
            resources.origins["lexicon:" + id] = "Lexicons/" + file
        }
        if let json = lexiconJSON[IdentifyingInformation.file] {
            resources.identifyingLists.embedded = LazyData(json: json, origin: "Lexicons/" + IdentifyingInformation.file)
            resources.origins["identifying"] = "Lexicons/" + IdentifyingInformation.file
        }
        if let json = lexiconJSON[ArtifactReferenceCues.file] {
            resources.artifactCues.embedded = LazyData(json: json, origin: "Lexicons/" + ArtifactReferenceCues.file)
            resources.origins["artifacts"] = "Lexicons/" + ArtifactReferenceCues.file
        }
        if let json = lexiconJSON[StatementCues.file] {
            resources.statementCueList.embedded = LazyData(json: json, origin: "Lexicons/" + StatementCues.file)
            resources.origins["statements"] = "Lexicons/" + StatementCues.file
        }
        return resources
    }

    /// Adds every `.yml`/`.yaml` below a folder (profiles under `profiles/`).
    public mutating func addDirectory(_ directory: String) throws {
        let base = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            throw ResourceError(file: directory, message: "cannot read the folder")
        }
        var files: [URL] = []
        for case let url as URL in walker where ["yml", "yaml"].contains(url.pathExtension) { files.append(url) }
        // Language data (word classes, categories, phrases) is not a profile or lexicon.
        files.removeAll { $0.path.hasPrefix(base.path + "/language/") }
        for url in files.sorted(by: { $0.path < $1.path }) {
            let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
            try addYAMLFile(url.path, relativePath: relative)
        }
    }

    /// Adds one YAML file; `relativePath` decides whether it is a profile.
    public mutating func addYAMLFile(_ file: String, relativePath: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ResourceError(file: file, message: "cannot read the file")
        }
        do {
            let userInfo: [CodingUserInfoKey: Any] = knownRules.map { [.knownRules: $0] } ?? [:]
            try add(path: relativePath, origin: file) { type in
                try YAMLDecoder().decode(type, from: text, userInfo: userInfo)
            }
        } catch let error as ResourceError {
            throw error
        } catch {
            throw ResourceError(file: file, message: Resources.describe(error), location: Resources.location(of: error, in: text))
        }
    }

    private mutating func add(path: String, origin: String, decode: (any Decodable.Type) throws -> any Decodable) throws {
        if WordListFile<IdentifyingInformation>.names(IdentifyingInformation.file).contains(path) {
            identifyingLists.fromFolder = try decode(IdentifyingInformation.self) as! IdentifyingInformation
            origins["identifying"] = origin
        } else if WordListFile<ArtifactReferenceCues>.names(ArtifactReferenceCues.file).contains(path) {
            artifactCues.fromFolder = try decode(ArtifactReferenceCues.self) as! ArtifactReferenceCues
            origins["artifacts"] = origin
        } else if WordListFile<StatementCues>.names(StatementCues.file).contains(path) {
            statementCueList.fromFolder = try decode(StatementCues.self) as! StatementCues
            origins["statements"] = origin
        } else if path.hasPrefix("profiles/") || path.contains("/profiles/") {
            let profile = try decode(CredentialProfile.self) as! CredentialProfile
            decoded[profile.id] = profile
            lazy[profile.id] = nil
            summaries[profile.id] = nil
            origins["profile:" + profile.id] = origin
        } else {
            let lexicon = try decode(Lexicon.self) as! Lexicon
            lexicons[lexicon.id] = lexicon
            lazyLexicons[lexicon.id] = nil
            origins["lexicon:" + lexicon.id] = origin
        }
    }

    /// A profile to lint with. An embedded one comes without its evidence
    /// phrases (`stemmedWordings` has them, stemmed); `fullProfile` has all.
    public func profile(_ id: String) -> CredentialProfile? { decoded[id] ?? lazy[id]?.value }

    /// A profile with every field as written, its evidence phrases included.
    public func fullProfile(_ id: String) -> CredentialProfile? { decoded[id] ?? lazy[id]?.full }

    /// The build's stemmed evidence phrases of an embedded profile (nil for
    /// one read from a folder, whose phrases are stemmed when first used).
    public func stemmedWordings(_ id: String) -> StemmedWordings? { decoded[id] == nil ? lazy[id]?.stemmed : nil }

    /// Every profile id, sorted.
    public var profileIDs: [String] { Set(decoded.keys).union(lazy.keys).sorted() }

    /// Every profile, decoded (for listings and checks; linting decodes only what it uses).
    public var profiles: [String: CredentialProfile] {
        var out = decoded
        for id in lazy.keys where out[id] == nil { out[id] = profile(id) }
        return out
    }

    /// What choosing a part needs of a profile, without decoding all of it.
    public func summary(_ id: String) -> ProfileSummary? {
        if let p = decoded[id] { return ProfileSummary(p) }
        return summaries[id]
    }

    /// Decodes every embedded profile, throwing the first error (tests).
    public func decodeAll() throws {
        for (id, box) in lazy where box.value == nil || box.full == nil {
            throw ResourceError(file: box.origin, message: box.failure ?? "profile '\(id)' did not decode")
        }
        for (id, box) in lazyLexicons where box.value == nil {
            throw ResourceError(file: box.origin, message: box.failure ?? "lexicon '\(id)' did not decode")
        }
        if let box = identifyingLists.embedded, box.value == nil {
            throw ResourceError(file: box.origin, message: box.failure ?? "the identifying-information lists did not decode")
        }
        if let box = artifactCues.embedded, box.value == nil {
            throw ResourceError(file: box.origin, message: box.failure ?? "the artifact-reference cues did not decode")
        }
        if let box = statementCueList.embedded, box.value == nil {
            throw ResourceError(file: box.origin, message: box.failure ?? "the statement cues did not decode")
        }
    }
    public func lexicon(_ id: String) -> Lexicon? { lexicons[id] ?? lazyLexicons[id]?.value }

    /// The word lists identifying information is found with (`Lexicons/identifying-information.yml`,
    /// or a folder's file of that name); without that file, no lists.
    public var identifying: IdentifyingInformation { identifyingLists.value ?? .none }

    /// The words of a reference to an uploaded artifact (`Lexicons/artifact-references.yml`,
    /// or a folder's file of that name); without that file, none.
    public var artifactReferences: ArtifactReferenceCues { artifactCues.value ?? .none }

    /// The words that tell a statement from a negation, a hypothetical or a
    /// wish, and name a partnership's community side (`Lexicons/statement-cues.yml`,
    /// or a folder's file of that name); without that file, none.
    public var statementCues: StatementCues { statementCueList.value ?? .none }

    /// Every lexicon id, sorted.
    public var lexiconIDs: [String] { Set(lexicons.keys).union(lazyLexicons.keys).sorted() }

    package static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
        case DecodingError.typeMismatch(let type, let context), DecodingError.valueNotFound(let type, let context):
            return "expected \(kind(of: type)) at \(path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        case let yaml as YamlError:
            return "\(yaml)"
        default:
            return "\(error)"
        }
    }

    /// A type as the data's author knows it.
    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a map" }
            return "a value of kind \(name)"
        }
    }

    package static func path(_ codingPath: [CodingKey]) -> String {
        if codingPath.isEmpty { return "the top level" }
        return codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
            .trimmingPrefix(".")
    }

    /// Line and column of a decoding error's key path in the YAML text.
    package static func location(of error: Error, in text: String) -> (line: Int, column: Int)? {
        if let yaml = error as? YamlError, case .parser(_, _, let mark, _) = yaml { return (mark.line, mark.column) }
        if let yaml = error as? YamlError, case .scanner(_, _, let mark, _) = yaml { return (mark.line, mark.column) }
        var codingPath: [CodingKey] = []
        switch error {
        case DecodingError.keyNotFound(_, let c), DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c), DecodingError.dataCorrupted(let c):
            codingPath = c.codingPath
        default:
            return nil
        }
        guard var node = try? Yams.compose(yaml: text) else { return nil }
        var mark = node.mark
        for key in codingPath {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping, let pair = mapping.first(where: { $0.key.string == key.stringValue }) {
                mark = pair.key.mark ?? mark
                node = pair.value
            } else {
                break
            }
            if let m = node.mark { mark = m }
        }
        return mark.map { ($0.line, $0.column) }
    }
}

extension String {
    package func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}


/// An embedded lexicon, decoded the first time it is asked for.
package typealias LazyLexicon = LazyData<Lexicon>

/// A file of word lists under `Lexicons/` that is not a profile or a
/// lexicon: a folder's copy wins over the embedded one.
struct WordListFile<T: Decodable & Sendable>: Sendable {
    var fromFolder: T?
    var embedded: LazyData<T>?

    var value: T? { fromFolder ?? embedded?.value }

    /// The paths, relative to a folder, that hold the file ("x.yml" or "x.yaml").
    static func names(_ file: String) -> [String] { [file, String(file.dropLast(4)) + ".yaml"] }
}

/// Embedded data, decoded the first time it is asked for.
package final class LazyData<T: Decodable & Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let json: String
    package let origin: String
    private var done = false
    private var decoded: T?
    private(set) var failure: String?

    package init(json: String, origin: String) {
        self.json = json
        self.origin = origin
    }

    package var value: T? {
        lock.lock(); defer { lock.unlock() }
        if !done {
            done = true
            do { decoded = try Resources.decode(T.self, json: json) } catch { failure = Resources.describe(error) }
        }
        return decoded
    }
}
