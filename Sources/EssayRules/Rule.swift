import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// What a rule is, in its own words, with examples that are also its tests.
public struct RuleDescription: Sendable {
    public var id: String
    public var name: String
    public var defaultSeverity: Severity
    /// What it checks, in one or two sentences.
    public var summary: String
    /// Why it matters to the applicant and the rubric.
    public var rationale: String
    /// Texts that must produce findings: each `«…»` marks one expected match.
    public var triggering: [RuleExample]
    /// Texts that must produce no finding of this rule.
    public var nonTriggering: [RuleExample]
    /// Keys of the profile's rubric map this rule's findings use besides its
    /// id (deficit-language's reliance finding uses `deficit-reliance`).
    public var otherRubricKeys: [String] = []
}

/// A small document for a rule's examples. Expected matches are written
/// inside `«` and `»`; `documentFindings` counts findings about the whole
/// document (which have no match).
public struct RuleExample: Sendable {
    public var text: String
    public var format: DocumentFormat
    public var documentFindings: Int
    public var note: String?
    /// The profile and part the example is written for (default: the Community Partnerships essay).
    public var profile: String?
    public var part: String?
    /// Findings expected at each marked range (a rule may report several things at one place).
    public var perMark: Int = 1

    public init(_ text: String, format: DocumentFormat = .markdown, documentFindings: Int = 0, note: String? = nil,
                profile: String? = nil, part: String? = nil) {
        self.text = text
        self.format = format
        self.documentFindings = documentFindings
        self.note = note
        self.profile = profile
        self.part = part
    }

    public func repeated(_ n: Int) -> RuleExample {
        var copy = self
        copy.perMark = n
        return copy
    }

    /// The text without markers, and the UTF-16 ranges the markers enclose
    /// (each `perMark` times).
    public var stripped: (text: String, ranges: [Range<Int>]) {
        let (text, ranges) = strippedOnce
        return (text, ranges.flatMap { Array(repeating: $0, count: perMark) })
    }

    package var strippedOnce: (text: String, ranges: [Range<Int>]) {
        var out: [UInt16] = []
        var ranges: [Range<Int>] = []
        var open: Int?
        for unit in text.utf16 {
            if unit == 0x00AB { open = out.count; continue }        // «
            if unit == 0x00BB, let o = open { ranges.append(o..<out.count); open = nil; continue }  // »
            out.append(unit)
        }
        return (SourceText.string(out), ranges)
    }
}

/// Everything a rule may read: the document, its analysis and structure, the
/// profile and part, and the lexicons. Computed once; rules never re-tokenize.
public struct LintContext: Sendable {
    public let document: Document
    public let analysis: TextAnalysis
    public let structure: EssayStructure
    public let profile: CredentialProfile
    public let part: Part
    public let resources: Resources
    public let deficitScan: DeficitScan?
    /// Texts made once per profile (suggested titles, messages).
    public let texts: ProfileTexts
    /// "Competency 4: Connecting Campus and Community Assets", per criterion id.
    public var suggestedTitles: [String: String] { texts.suggestedTitles }
    /// The document's inline directives.
    public let suppressions: Suppressions
    public let options: LintOptions
    /// The part's questions, items, elements and span, checked (parts that have them).
    public var partAnalysis: PartAnalysis?
    /// What each competency section shows of its rubric elements (profiles that list them).
    public var rubricEvidence: RubricEvidence?
    /// Citations and artifact references, found once.
    public var references = ReferenceScan()
    /// The words each word-level scan starts from, found in one pass.
    package let sieve: WordSieve
    /// Readability of each competency section, by heading index (parts that measure clarity).
    package var readability: [Int: Readability] = [:]

    package init(document: Document, analysis: TextAnalysis, structure: EssayStructure, profile: CredentialProfile, part: Part, resources: Resources, deficitScan: DeficitScan? = nil, texts: ProfileTexts, suppressions: Suppressions, options: LintOptions, partAnalysis: PartAnalysis? = nil, rubricEvidence: RubricEvidence? = nil, sieve: WordSieve, readability: [Int: Readability] = [:]) {
        self.document = document
        self.analysis = analysis
        self.structure = structure
        self.profile = profile
        self.part = part
        self.resources = resources
        self.deficitScan = deficitScan
        self.texts = texts
        self.suppressions = suppressions
        self.options = options
        self.partAnalysis = partAnalysis
        self.rubricEvidence = rubricEvidence
        self.sieve = sieve
        self.readability = readability
    }
}

/// A check. Rules are small, independent and pure: they return findings and
/// know nothing of output formats or exit codes.
public protocol Rule: Sendable {
    /// The stable id, also `description.id` (kept apart so that linting never
    /// builds the descriptions' examples).
    static var id: String { get }
    static var description: RuleDescription { get }
    static var defaultSeverity: Severity { get }
    func check(_ context: LintContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }

    package func finding(_ context: LintContext, _ message: String, range: Range<Int>, match: Bool = true,
                 suggestions: [String] = [], criterion: String? = nil, rubricKey: String? = nil) -> Finding {
        Finding(rule: Self.id, severity: Self.defaultSeverity, message: message, range: range,
                match: match ? context.document.source.string(range) : nil, suggestions: suggestions,
                criterion: criterion, rubricKey: rubricKey)
    }
}

extension SourceText {
    /// The last place in `range` where `token` stands whole (no letter,
    /// digit, hyphen or underscore right before or after it), for a
    /// finding's `suggestionRange`.
    package func lastToken(_ token: String, in range: Range<Int>) -> Range<Int>? {
        let needle = Array(token.utf16)
        guard !needle.isEmpty, range.count >= needle.count, range.upperBound <= utf16.count else { return nil }
        func joins(_ i: Int) -> Bool {
            guard i >= 0, i < utf16.count else { return false }
            let u = utf16[i]
            return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || u == 0x2D || u == 0x5F || u >= 0x80
        }
        var start = range.upperBound - needle.count
        while start >= range.lowerBound {
            if utf16[start..<(start + needle.count)].elementsEqual(needle), !joins(start - 1), !joins(start + needle.count) {
                return start..<(start + needle.count)
            }
            start -= 1
        }
        return nil
    }
}

/// Every rule essaylint has, in the order they are listed.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        MissingHeadingRule(),
        UnclearHeadingRule(),
        DuplicateHeadingRule(),
        HeadingOrderRule(),
        WordCountRule(),
        SectionLengthRule(),
        DeficitLanguageRule(),
        IdentifyingInfoRule(),
        MissingQuestionRule(),
        MissingElementRule(),
        ItemCountRule(),
        TimeSpanRule(),
        ThinEvidenceRule(),
        RubricEvidenceRule(),
        CitationRule(),
        ArtifactReferenceRule(),
        LongSentenceRule(),
        ReadabilityRule(),
        DirectiveRule(),
    ]

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).id == id }
    }

    public static let ids: [String] = all.map { type(of: $0).id }
    package static let idSet = Set(ids)
}

/// Per-profile texts that rules would otherwise build for every document.
public final class ProfileTexts: Sendable {
    /// "Competency 4: Connecting Campus and Community Assets", per criterion id.
    public let suggestedTitles: [String: String]
    /// By the criterion's position in the profile: the suggested title as a
    /// finding's list of suggestions (one array, shared by the findings), and
    /// the missing-heading message.
    package let suggestedTitleListAt: [[String]]
    package let missingHeadingAt: [String]
    /// Messages about what an essay lacks as a whole, per part id: the
    /// part's requirement sentence they quote and the message.
    package let noCitations: [String: (sentence: String, message: String)]
    package let noArtifacts: [String: (sentence: String, message: String)]
    /// The references' authors, lower-cased, and their short forms for a message.
    package let knownAuthors: Set<String>
    package let shortReferences: String

    public init(_ profile: CredentialProfile) {
        knownAuthors = Set((profile.references ?? []).flatMap { $0.authors.map { $0.lowercased() } })
        shortReferences = (profile.references ?? []).map(\.short).joined(separator: "; ")
        var titles: [String: String] = [:]
        for c in profile.criteria { titles[c.id] = MissingHeadingRule.suggestedTitle(c) }
        suggestedTitles = titles
        suggestedTitleListAt = profile.criteria.map { [titles[$0.id]!] }
        missingHeadingAt = profile.criteria.map { MissingHeadingRule.message($0, titles[$0.id]!) }
        var citations: [String: (String, String)] = [:]
        var artifacts: [String: (String, String)] = [:]
        for part in profile.parts {
            if let s = part.requirement("citations") { citations[part.id] = (s, CitationRule.noCitationsMessage(s, shortReferences)) }
            if let s = part.requirement("artifacts") { artifacts[part.id] = (s, ArtifactReferenceRule.noArtifactsMessage(s)) }
        }
        noCitations = citations
        noArtifacts = artifacts
    }
}
