import EssayProfiles
import EssayRubric
import EssayRules

/// What the front ends list and explain: the rules, the profiles and how a
/// rule's findings map onto each credential's rubric.
extension Linter {
    /// The embedded profiles and lexicons, with the `.yml` files of extra
    /// folders taking precedence by id; a folder's profile may name only
    /// rules essaylint has.
    public static func with(lexiconFolders folders: [String]) throws -> Linter {
        var resources = try Resources.embedded()
        resources.knownRules = Set(RuleRegistry.ids)
        for folder in folders { try resources.addDirectory(folder) }
        return Linter(resources: resources)
    }

    /// Starts decoding the embedded data on another core (a run's first
    /// file is read meanwhile).
    public static func startLoading() { Resources.startDecodingEmbedded() }

    /// The rule whose findings name a competency with no heading (their
    /// suggestion is the heading to add), for front ends that offer to insert it.
    public static var missingHeadingRule: String { MissingHeadingRule.id }

    /// Every rule id, in the order rules run and are listed.
    public static var ruleIDs: [String] { RuleRegistry.ids }

    /// The ids of the profiles this linter has, sorted.
    public var profileIDs: [String] { resources.profileIDs }

    /// The profiles this linter has, by id.
    public var profiles: [CredentialProfile] {
        resources.profileIDs.compactMap { resources.profile($0) }
    }

    /// A rubric criterion in the credential's words, for a front end that
    /// explains a finding (an editor's hover).
    public struct CriterionInfo: Sendable, Equatable {
        public var id: String
        public var number: Int
        /// The official title ("Knowledge of the self").
        public var title: String
        /// The questions the credential asks an applicant to answer for it.
        public var guidingQuestions: [String]
        /// The rubric's levels, lowest first: level, name and descriptor.
        public var levels: [Level]

        public struct Level: Sendable, Equatable {
            public var level: Int
            public var name: String
            public var descriptor: String
        }
    }

    /// A criterion of one of this linter's profiles; nil when the profile
    /// or the criterion does not exist.
    public func criterion(profile: String, id: String) -> CriterionInfo? {
        guard let c = resources.profile(profile)?.criterion(id) else { return nil }
        return CriterionInfo(id: c.id, number: c.number, title: c.title, guidingQuestions: c.guidingQuestions ?? [],
                             levels: c.levels.sorted { $0.level < $1.level }.map { .init(level: $0.level, name: $0.name, descriptor: $0.descriptor) })
    }

    /// A rule in its own words, for `rules` and `explain`.
    public struct RuleInfo: Sendable {
        public var id: String
        public var name: String
        public var defaultSeverity: Severity
        public var summary: String
        public var rationale: String
        /// The example texts, with the flagged spans marked «…».
        public var triggering: [String]
        public var nonTriggering: [String]
    }

    public static var rules: [RuleInfo] { RuleRegistry.all.map { info(type(of: $0).description) } }

    public static func rule(_ id: String) -> RuleInfo? {
        RuleRegistry.rule(id).map { info(type(of: $0).description) }
    }

    /// The rules as a Markdown table (the README's): id, default severity
    /// and summary, one row each, with `|` escaped and line breaks joined.
    public static func rulesTable(_ rules: [RuleInfo] = Linter.rules) -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        var out = "| rule | default severity | what it reports |\n|---|---|---|\n"
        for d in rules {
            out += "| `\(d.id)` | \(d.defaultSeverity.rawValue) | \(cell(d.summary)) |\n"
        }
        return out
    }

    private static func info(_ d: RuleDescription) -> RuleInfo {
        RuleInfo(id: d.id, name: d.name, defaultSeverity: d.defaultSeverity, summary: d.summary, rationale: d.rationale,
                 triggering: d.triggering.map(\.text), nonTriggering: d.nonTriggering.map(\.text))
    }

    /// One way a rule's findings put a criterion at risk in a profile's part.
    public struct RubricMapping: Sendable {
        public var profile: String
        public var part: String
        /// What the finding is about when it is one of several kinds (a
        /// question, a field); the rule id otherwise.
        public var what: String
        /// nil: the competency of the section the finding is in.
        public var criterion: String?
        public var ceiling: Int
        public var descriptor: String
    }

    /// How a rule's findings map onto every profile's rubric.
    public func rubricMappings(of id: String) -> [RubricMapping] {
        guard let rule = RuleRegistry.rule(id) else { return [] }
        let d = type(of: rule).description
        var out: [RubricMapping] = []
        for profile in profiles {
            for part in profile.parts {
                let assessor = RubricAssessor(profile: profile, part: part)
                let keys = ([d.id] + d.otherRubricKeys).map { (key: $0, what: $0) }
                    + d.partChecks.flatMap { part.rubricKeys($0).map { (key: $0.key, what: $0.label) } }
                for m in assessor.mapping(of: keys) {
                    out.append(RubricMapping(profile: profile.id, part: part.id, what: m.what, criterion: m.criterion,
                                             ceiling: m.ceiling, descriptor: m.descriptor))
                }
            }
        }
        return out
    }
}
