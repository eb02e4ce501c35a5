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
}

/// A small document for a rule's examples. Expected matches are written
/// inside `«` and `»`; `documentFindings` counts findings about the whole
/// document (which have no match).
public struct RuleExample: Sendable {
    public var text: String
    public var format: DocumentFormat
    public var documentFindings: Int
    public var note: String?

    public init(_ text: String, format: DocumentFormat = .markdown, documentFindings: Int = 0, note: String? = nil) {
        self.text = text
        self.format = format
        self.documentFindings = documentFindings
        self.note = note
    }

    /// The text without markers, and the UTF-16 ranges the markers enclose.
    public var stripped: (text: String, ranges: [Range<Int>]) {
        var out: [UInt16] = []
        var ranges: [Range<Int>] = []
        var open: Int?
        for unit in text.utf16 {
            if unit == 0x00AB { open = out.count; continue }        // «
            if unit == 0x00BB, let o = open { ranges.append(o..<out.count); open = nil; continue }  // »
            out.append(unit)
        }
        return (String(decoding: out, as: UTF16.self), ranges)
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
    /// "Competency 4: Connecting Campus and Community Assets", per criterion id.
    public let suggestedTitles: [String: String]
    /// The document's inline directives.
    public let suppressions: Suppressions
    public let options: LintOptions
}

/// A check. Rules are small, independent and pure: they return findings and
/// know nothing of output formats or exit codes.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    func check(_ context: LintContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }

    func finding(_ context: LintContext, _ message: String, range: Range<Int>, match: Bool = true,
                 suggestions: [String] = [], criterion: String? = nil, rubricKey: String? = nil) -> Finding {
        Finding(rule: Self.description.id, severity: Self.description.defaultSeverity, message: message, range: range,
                match: match ? context.document.source.string(range) : nil, suggestions: suggestions,
                criterion: criterion, rubricKey: rubricKey)
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
        DirectiveRule(),
    ]

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id }
    }

    public static var ids: [String] { all.map { type(of: $0).description.id } }
}
