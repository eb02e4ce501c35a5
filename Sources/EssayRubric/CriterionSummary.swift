import EssayCore

public enum Risk: String, Sendable, Codable {
    case none, low, medium, high
}

/// A rubric criterion's standing after the findings.
public struct CriterionSummary: Sendable, Hashable {
    public var criterion: String
    public var title: String
    public var risk: Risk
    /// The highest level still reachable while the findings stand.
    public var ceiling: Int
    public var findings: Int
    public var words: Int
    /// Rubric elements the section shows and does not show (ids), when the profile lists them.
    public var evidenced: [String] = []
    public var missingElements: [String] = []
    /// An estimate of the highest level the evidence supports (not a score).
    public var estimate: Int? = nil
    /// Each element the Good and Exemplary descriptors ask for, in the
    /// profile's order, with the sentence of the section that shows it.
    public var elementEvidence: [ElementEvidence] = []
    /// What a reviewer may see, in words: which levels' elements the section shows.
    public var estimateBasis: String? = nil
}

/// One rubric element of a competency section: shown by a sentence, or not.
public struct ElementEvidence: Sendable, Hashable {
    public var id: String
    /// The level whose descriptor asks for it.
    public var level: Int
    /// The rubric's words for it.
    public var words: String
    /// The sentence that shows it (UTF-16 range of the source); nil when none does.
    public var range: Range<Int>?

    public init(id: String, level: Int, words: String, range: Range<Int>?) {
        self.id = id
        self.level = level
        self.words = words
        self.range = range
    }
}
