import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `missing-heading`: a competency with no sub-heading.
public struct MissingHeadingRule: Rule {
    public init() {}
    public static let id = "missing-heading"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Missing competency heading", defaultSeverity: defaultSeverity,
        summary: "Every competency area needs its own sub-heading; reports each competency no heading maps to, by its official title.",
        rationale: "The credential asks for sub-headings for each of the 9 competency areas, and reviewers score each competency from its section: a competency without one risks a 0.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { $0.offset == 6 ? nil : $0.element }), documentFindings: 1,
                        note: "Competency 7 has no heading"),
            RuleExample("# My essay\n\nA short draft with no sub-headings yet.\n", documentFindings: 9),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown()),
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { "Competency \($0.offset + 1): \($0.element)" })),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard context.part.headingPerCriterion ?? true else { return [] }
        let structure = context.structure
        let owners = structure.headingOfCriterion
        // By index: a Criterion is a large value, and copying one per
        // comparison cost more than the rule.
        let criteria = context.profile.criteria
        return structure.missing.compactMap { id in
            var index: Int?
            for k in criteria.indices where criteria[k].id == id { index = k; break }
            guard let k = index else { return nil }
            let number = criteria[k].number
            // Anchor where the heading belongs: before the next competency that has one.
            var anchor = context.document.source.count
            for j in criteria.indices where !owners.isEmpty && criteria[j].number > number {
                if let h = owners[criteria[j].id] { anchor = context.heading(h).range.lowerBound; break }
            }
            if anchor == context.document.source.count, let lastBlock = context.document.blocks.last {
                anchor = lastBlock.range.upperBound
            }
            // Made once per profile (`ProfileTexts`), by the criterion's position.
            let message = context.texts.missingHeadingAt[k]
            return finding(context, message, range: anchor..<anchor, match: false, suggestions: context.texts.suggestedTitleListAt[k], criterion: id)
        }
    }

    package static func message(_ criterion: Criterion, _ title: String) -> String {
        "No sub-heading for Competency \(criterion.number): \(criterion.title). Add a section headed “\(title)” and write about it, guided by the competency’s questions."
    }

    package static func suggestedTitle(_ c: Criterion) -> String {
        "Competency \(c.number): " + titleCase(c.shortTitle)
    }

    package static func titleCase(_ s: String) -> String {
        s.split(separator: " ").enumerated().map { index, word in
            let w = String(word)
            if index > 0, HeadingHeuristics.smallWords.contains(w.lowercased()) { return w.lowercased() }
            return w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }
}
