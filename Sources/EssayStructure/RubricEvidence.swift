import EssayCore
import EssayText

/// Which rubric elements each competency section shows: every evidence
/// group of an element must meet within one paragraph of the section.
/// Computed once per document for profiles whose criteria list elements.
public struct RubricEvidence: Sendable {
    public struct SectionEvidence: Sendable {
        public var criterion: String
        public var headingIndex: Int
        public var evidenced: [RubricElement]
        public var missing: [RubricElement]
        /// The highest level the evidence supports: 3 when every element is
        /// shown, 2 when every level-2 element is, else 1; an estimate.
        public var estimate: Int
    }

    public var sections: [String: SectionEvidence] = [:]

    package init(document: Document, analysis: TextAnalysis, text: PartText, structure: EssayStructure, profile: CredentialProfile) {
        for section in structure.sections where section.criterion != nil {
            guard let id = section.criterion, sections[id] == nil,
                  let criterion = profile.criterion(id), let elements = criterion.elements, !elements.isEmpty else { continue }
            // Paragraphs of the section (its body, sub-headings included as text).
            let blocks = document.blocks.filter { $0.kind == .paragraph && section.bodyRange.contains($0.range.lowerBound) }
            var shown: [RubricElement] = []
            var missing: [RubricElement] = []
            let ranges = blocks.map { analysis.wordIndices(in: $0.range) }
            for element in elements {
                let compiled = PartText.compile(element.evidence)
                let hit = ranges.contains { text.shows(compiled: compiled, in: $0) }
                if hit { shown.append(element) } else { missing.append(element) }
            }
            let estimate = missing.isEmpty ? 3 : missing.allSatisfy({ $0.level >= 3 }) ? 2 : 1
            sections[id] = SectionEvidence(criterion: id, headingIndex: section.headingIndex, evidenced: shown, missing: missing, estimate: estimate)
        }
    }
}

