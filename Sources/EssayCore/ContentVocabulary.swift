import Foundation

/// Each competency's vocabulary (its description, guiding questions, rubric
/// descriptors and heading cues, stemmed) weighted by how specific each word
/// is to it, for comparing a section's content with the competencies.
package struct ContentVocabulary: Sendable, Codable {
    package let weights: [[String: Double]]
    package let norms: [Double]

    package init(criteria: [Criterion]) {
        let counts = criteria.map { c in
            Terms.termCounts(texts: [c.title, c.rubricTitle ?? "", c.description ?? ""] + (c.guidingQuestions ?? []) + c.levels.map(\.descriptor),
                             keywords: c.heading?.keywords ?? [:])
        }
        (weights, norms) = Terms.tfidf(counts)
    }
}
