/// A credential: its parts, its rubric criteria in the credential's own words,
/// and how essaylint's rules map onto that rubric. Loaded from YAML in
/// `Lexicons/profiles/`.
public struct CredentialProfile: Codable, Sendable {
    public var id: String
    public var name: String
    public var source: String?
    public var parts: [Part]
    public var criteria: [Criterion]
    public var references: [Reference]?
    /// Rule id -> the criteria a finding of that rule puts at risk.
    public var rubric: [String: [RubricThreatSpec]]?
    /// Named phrase lists a rubric element's wordings use as "@name" (the
    /// ways of saying "before the project", the community's people, …).
    public var concepts: [String: [String]]?
    /// The criteria's content vocabulary when the build computed it
    /// (embedded profiles); computed on first use otherwise.
    package var vocabulary: ContentVocabulary?

    package enum CodingKeys: String, CodingKey {
        case id, name, source, parts, criteria, references, rubric, concepts
    }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }
    public func part(_ id: String) -> Part? { parts.first { $0.id == id } }
}

public struct Part: Codable, Sendable {
    public var id: String
    public var title: String
    /// The credential's own sentences for each requirement, by key.
    public var requirements: [String: String?]?
    public var wordRange: WordRange?
    /// Whether each criterion needs its own sub-heading.
    public var headingPerCriterion: Bool?
    public var sectionLength: SectionLength?
    public var deficit: DeficitSettings?
    public var headingMapping: HeadingMappingSettings?
    /// The criteria this part is scored by (all of the profile's when absent).
    public var criteria: [String]?
    /// How the part is recognised when none is named.
    public var detect: DetectionCues?
    /// Questions the applicant must answer.
    public var questions: [QuestionSpec]?
    /// Counted items and their fields.
    public var items: ItemSpec?
    /// Elements the part must include (a plan's goals, timeline, …).
    public var elements: [ElementSpec]?
    /// What a passing response shows (specific examples, next steps); thin evidence is a warning.
    public var evidence: [ElementSpec]?
    /// The span of time the part must cover.
    public var span: SpanSpec?
    /// Figures the rubric sets thresholds for, checked where the document states them.
    public var figures: [FigureSpec]?
    /// Identifying information this part asks for.
    public var identifying: IdentifyingSettings?
    /// The rubric threat of a missing answer (questions without their own).
    public var rubric: [RubricThreatSpec]?
    /// Sentence length and readability thresholds (long-sentence, readability).
    public var clarity: ClaritySettings?
    /// Rule severities for this part (error, warning, suggestion or off);
    /// a configuration file or the command line overrides them.
    public var rules: PartRules?

    /// Whether the part has checks beyond headings and length.
    public var hasContentChecks: Bool {
        questions != nil || items != nil || elements != nil || evidence != nil || span != nil || figures != nil
    }

    public func requirement(_ key: String) -> String? { requirements?[key] ?? nil }
}

public struct WordRange: Codable, Sendable, Hashable {
    public var min: Int
    public var max: Int
}

public struct SectionLength: Codable, Sendable {
    /// A competency section with fewer words (word-processor count, heading
    /// excluded) is too thin to show the competency.
    public var minWords: Int
}

public struct DeficitSettings: Codable, Sendable {
    /// The lexicon file id (`Lexicons/<id>.yml`).
    public var lexicon: String
    public var exceptions: [DeficitException]?
    public var reliance: Reliance?

    public struct Reliance: Codable, Sendable {
        /// At least this many deficit terms...
        public var minTerms: Int
        /// ...and at least this many deficit terms per asset term.
        public var perAssetTerm: Double
    }
}

/// Terms that are expected, not deficit framing, in some sections or parts.
public struct DeficitException: Codable, Sendable, Equatable {
    public var terms: [String]
    public var criteria: [String]?
    public var reason: String
    /// When the term is still flagged here: `frames-people` (only what
    /// frames no person, group or place is excused: the applicant's own
    /// challenges in Competency 9, not the community's), `predicated-of-people`
    /// (the term is excused as the credential's vocabulary, "the needs of
    /// families", unless the sentence says it of people: "families have so
    /// many needs", "families need hand-holding"); absent, always excused.
    public var unless: ExceptionLimit?
}

public enum ExceptionLimit: String, Codable, Sendable {
    case framesPeople = "frames-people"
    case predicatedOfPeople = "predicated-of-people"
}

public struct HeadingMappingSettings: Codable, Sendable {
    /// Headings with these words (and no competency words) are never a competency.
    public var nonCompetency: [String]
}

public struct Criterion: Codable, Sendable {
    public var id: String
    public var number: Int
    public var title: String
    public var shortTitle: String
    public var rubricTitle: String?
    public var description: String?
    public var guidingQuestions: [String]?
    public var levels: [RubricLevel]
    /// Words and phrases that recognise a heading for this criterion, with weights.
    public var heading: HeadingCues?
    /// What the Good and Exemplary descriptors ask a section to show.
    public var elements: [RubricElement]?

    public func level(_ n: Int) -> RubricLevel? { levels.first { $0.level == n } }
}

public struct RubricLevel: Codable, Sendable {
    public var level: Int
    public var name: String
    public var descriptor: String
}

public struct HeadingCues: Codable, Sendable {
    /// Word or phrase (lower case) -> weight. About 1 for a word that names the
    /// competency on its own, less for words shared with other competencies.
    public var keywords: [String: Double]
}

public struct Reference: Codable, Sendable {
    public var authors: [String]
    public var year: Int
    public var citation: String
}

/// How a rule's finding threatens the rubric.
public struct RubricThreatSpec: Codable, Sendable {
    /// A criterion id, or `$section` for the criterion the finding is about.
    public var criterion: String
    /// The highest level still reachable while the finding stands.
    public var ceiling: Int
    /// The rubric level whose descriptor explains the threat.
    public var level: Int?
    /// The words of that descriptor (or of the requirement) to quote; when
    /// absent, the whole level descriptor is quoted.
    public var quote: String?
    /// A requirement key of the part whose sentence to quote instead.
    public var requirement: String?
}

/// A value in the profile data that its key does not allow.
public struct ProfileDataError: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}

extension CodingUserInfoKey {
    /// The rule ids a profile's `rules` may name (`Set<String>`); without it any id is taken.
    public static let knownRules = CodingUserInfoKey(rawValue: "essaylint.knownRules")!
}

/// A part's rule severities: rule id -> error, warning, suggestion or off.
/// Unknown rule ids and values are decoding errors at their key.
public struct PartRules: Codable, Sendable {
    public var severities: [String: Severity?]

    public subscript(id: String) -> Severity?? { severities[id] }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode([String: String].self)
        do {
            try self.init(raw.map { ($0.key, $0.value) }, knownRules: decoder.userInfo[.knownRules] as? Set<String>)
        } catch let failure as ProfileDataError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: failure.description))
        }
    }

    /// Rule ids with "error", "warning", "suggestion" or "off"; with
    /// `knownRules`, an id not among them is an error.
    package init(_ pairs: [(String, String)], knownRules: Set<String>? = nil) throws {
        var out: [String: Severity?] = [:]
        for (id, value) in pairs {
            if let knownRules, !knownRules.contains(id) {
                throw ProfileDataError(description: "unknown rule '\(id)' (`essaylint rules` lists them)")
            }
            if value == "off" { out[id] = .some(nil); continue }
            guard let severity = Severity(rawValue: value) else {
                throw ProfileDataError(description: "'\(value)' for \(id) is not error, warning, suggestion or off")
            }
            out[id] = severity
        }
        severities = out
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(severities.mapValues { $0?.rawValue ?? "off" })
    }
}

public struct ClaritySettings: Codable, Sendable {
    /// A sentence with more words is long (long-sentence).
    public var maxSentenceWords: Int?
    /// A competency section below this Flesch reading ease is very difficult (readability).
    public var minReadingEase: Double?
}

/// One thing a rubric level asks a competency section to show, in the
/// rubric's words, with a guiding question that helps write it and the
/// wordings that show it: each wording is phrase groups that must all meet
/// in one sentence of the section (any phrase of a group will do), and a
/// sentence shows the element only when what it says of them is stated, not
/// negated, hypothetical or a wish (unless the element `accepts` that).
public struct RubricElement: Codable, Sendable {
    public var id: String
    /// The level whose descriptor asks for it (2 Good, 3 Exemplary).
    public var level: Int
    /// The descriptor's words.
    public var label: String
    /// A guiding question from the credential.
    public var question: String?
    /// One wording (groups that meet in one sentence); kept for profiles
    /// written before `wordings`.
    public var evidence: EvidenceGroups?
    /// Several wordings of the idea; any one of them in one sentence shows it.
    public var wordings: [EvidenceGroups]?
    /// What a sentence may do besides stating it and still show the element
    /// (a reflection on what would be done differently accepts hypotheticals).
    public var accepts: [StatementMode]?
    /// The element asks about the partner: the sentence must also name the
    /// community side (`StatementCues.partners`), not the institution alone.
    public var partner: Bool?
    /// How many consecutive sentences of one paragraph a wording may meet in
    /// (1 when absent): "before, during and after" is often told one phase a
    /// sentence. Each sentence of such a run must hold the wording's first group.
    public var sentences: Int?

    /// Every wording, the single `evidence` first.
    public var allWordings: [EvidenceGroups] { (evidence.map { [$0] } ?? []) + (wordings ?? []) }

    public init(id: String, level: Int, label: String, question: String? = nil, evidence: EvidenceGroups? = nil,
                wordings: [EvidenceGroups]? = nil, accepts: [StatementMode]? = nil, partner: Bool? = nil, sentences: Int? = nil) {
        self.id = id
        self.level = level
        self.label = label
        self.question = question
        self.evidence = evidence
        self.wordings = wordings
        self.accepts = accepts
        self.partner = partner
        self.sentences = sentences
    }
}
