/// Counts for one file.
public struct Stats: Sendable {
    public var words: Int
    public var wordConvention: WordConvention
    public var icuWords: Int
    public var sentences: Int
    public var paragraphs: Int
    public var wordRange: WordRange?
    public var assetTerms: Int
    public var deficitTerms: Int
    public var sections: [SectionStat]
    /// Words in footnotes and endnotes (Word documents), not in `words`.
    public var noteWords: Int = 0
}

public struct SectionStat: Sendable, Hashable {
    public var heading: String
    public var line: Int
    public var criterion: String?
    public var words: Int
    /// Flesch reading ease and Flesch–Kincaid grade of the section's body.
    public var readability: (ease: Double, grade: Double)? = nil

    public static func == (a: SectionStat, b: SectionStat) -> Bool {
        (a.heading, a.line, a.criterion, a.words) == (b.heading, b.line, b.criterion, b.words)
            && a.readability?.ease == b.readability?.ease && a.readability?.grade == b.readability?.grade
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(heading); hasher.combine(line); hasher.combine(criterion); hasher.combine(words)
    }
}

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

/// A submission requirement, met or not.
public struct RequirementStatus: Sendable, Hashable {
    public var id: String
    public var met: Bool
    public var detail: String
}

/// What linting one file produced.
public struct FileReport: Sendable {
    public var path: String
    public var profile: String?
    public var part: String?
    public var stats: Stats?
    public var findings: [Finding]
    public var rubric: [CriterionSummary]
    public var requirements: [RequirementStatus]
    /// Why the file could not be linted.
    public var error: String?
    /// Findings silenced by inline directives.
    public var suppressed: Int = 0
    /// The source, for reporters that show lines.
    public var source: SourceText?
    /// Why this profile and part were chosen, when they were detected.
    public var detection: String? = nil
    /// The counted items found (assets, stakeholders, …), by name.
    public var itemNames: [String] = []
    /// Citations and artifact references found in the essay.
    public var references: [FoundReference] = []

    public static func failed(_ path: String, _ message: String) -> FileReport {
        FileReport(path: path, profile: nil, part: nil, stats: nil, findings: [], rubric: [], requirements: [], error: message, suppressed: 0, source: nil)
    }
}

/// The whole run.
public struct Report: Sendable {
    public var files: [FileReport]

    public init(files: [FileReport]) { self.files = files }

    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
    }

    public var hasErrors: Bool { files.contains { $0.error != nil } }
}

/// A citation or an artifact reference found in the text.
public struct FoundReference: Sendable, Hashable {
    /// "citation" or "artifact".
    public var kind: String
    public var text: String
    public var range: Range<Int>
    /// For citations: ok, misspelled, wrong-year or other (a work the credential does not list).
    public var status: String?
}
