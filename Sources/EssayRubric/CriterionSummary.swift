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
}
