/// How much a finding matters to the applicant and to a gate.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case suggestion
    case warning
    case error

    package var rank: Int {
        switch self {
        case .suggestion: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A rubric criterion a finding puts at risk: the highest level still
/// reachable while the finding stands, and the rubric's words that say why.
public struct RubricThreat: Sendable, Hashable, Codable {
    public var criterion: String
    public var ceiling: Int
    public var descriptor: String

    public init(criterion: String, ceiling: Int, descriptor: String) {
        self.criterion = criterion
        self.ceiling = ceiling
        self.descriptor = descriptor
    }
}

/// One thing essaylint found: a value with an exact source range.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    /// What is wrong and what to do about it, addressed to the applicant.
    public var message: String
    /// UTF-16 range in the source. Findings about the whole document have an
    /// empty range at their anchor and no `match`.
    public var range: Range<Int>
    public var match: String?
    public var suggestions: [String]
    /// The competency the finding is about, when it is about one section.
    public var criterion: String?
    /// Filled in by the rubric assessment.
    public var rubric: [RubricThreat]
    /// A variant key for rules with several kinds of finding (used to look up
    /// the rubric mapping, e.g. `deficit-reliance`).
    public var rubricKey: String?
    /// The part of `range` that each suggestion replaces, when it is not the
    /// whole range (the year of a citation, a rule id in a directive); nil:
    /// a suggestion replaces the whole range.
    public var suggestionRange: Range<Int>? = nil
    /// Whether each suggestion can stand in place of the match as it is
    /// written, so editors may offer it as a replacement ("needs" -> "goals").
    /// False when the suggestions are wordings to build from: the finding
    /// covers a picture ("a leaky bucket"), or a suggestion holds a
    /// placeholder ("the (named) neighbourhood").
    public var suggestionsReplace = true
    /// Why the rule decided so, in a few words ("frames ‘families’ (people)
    /// by lack"): rules that read meaning give it.
    public var why: String?

    public init(rule: String, severity: Severity, message: String, range: Range<Int>, match: String?,
                suggestions: [String] = [], criterion: String? = nil, rubricKey: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.match = match
        self.suggestions = suggestions
        self.criterion = criterion
        self.rubric = []
        self.rubricKey = rubricKey
    }

    public var isDocumentLevel: Bool { match == nil }
}
