import EssayCore
import EssayText

/// How a heading came to be mapped to a competency.
public enum HeadingEvidence: String, Sendable, Codable {
    /// Its wording names the competency.
    case title
    /// It carries the competency's number ("Competency 4", "4.").
    case number
    /// Only what the section says ties it to the competency.
    case content
    /// Only its place among the other headings ties it to the competency.
    case order
}

/// One heading, and the competency it was mapped to.
public struct HeadingMapping: Sendable, Hashable {
    public var headingIndex: Int
    public var criterion: String?
    public var evidence: HeadingEvidence?
    /// The heading of the same competency this one repeats.
    public var duplicateOf: Int?
    /// Why it was mapped (or not), for explanations.
    public var reason: String
}

/// A competency section: from its heading to the next competency heading, a
/// higher-ranked heading, or a heading such as "References".
public struct Section: Sendable, Hashable {
    public var headingIndex: Int
    public var criterion: String?
    /// From the heading's start to the section's end.
    public var range: Range<Int>
    /// After the heading.
    public var bodyRange: Range<Int>
    /// Word-processor words of the body (heading excluded).
    public var words: Int
}

/// The essay's structure against a profile: which heading is which
/// competency, the sections they open, and what is missing.
public struct EssayStructure: Sendable {
    public var mappings: [HeadingMapping]
    /// Sections of every heading, in document order (mapped or not).
    public var sections: [Section]
    /// Competencies with no heading, in rubric order.
    public var missing: [String]

    /// The primary (non-duplicate) heading index of each mapped competency.
    public var headingOfCriterion: [String: Int] {
        var out: [String: Int] = [:]
        for m in mappings where m.duplicateOf == nil {
            if let c = m.criterion { out[c] = m.headingIndex }
        }
        return out
    }

    /// The competency whose section holds an offset.
    public func criterion(at offset: Int) -> String? {
        var found: String?
        for section in sections where section.criterion != nil && section.range.contains(offset) {
            found = section.criterion
        }
        return found
    }

    /// Word-processor words in each competency's sections (duplicates added).
    public func words(of criterion: String) -> Int {
        var total = 0
        for s in sections where s.criterion == criterion { total += s.words }
        return total
    }
}

extension EssayStructure {
    /// A part without a heading per criterion: headings map to nothing and
    /// no competency is missing.
    package init(unmapped document: Document, analysis: TextAnalysis, convention: WordConvention) {
        mappings = document.headings.indices.map { HeadingMapping(headingIndex: $0, criterion: nil, evidence: nil, duplicateOf: nil, reason: "this part has no competency headings") }
        sections = []
        missing = []
    }
}
