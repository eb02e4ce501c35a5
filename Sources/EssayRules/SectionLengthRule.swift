import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `section-length`: a competency section too thin to show the competency.
public struct SectionLengthRule: Rule {
    public init() {}
    public static let id = "section-length"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Thin competency section", defaultSeverity: defaultSeverity,
        summary: "A competency section with fewer words than the profile's threshold (80 for the Community Partnerships essay), heading excluded.",
        rationale: "A section of a few sentences rarely evidences more than an emerging level of the competency.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { $0.offset == 6 ? "«Resolving Conflicts»" : $0.element },
                                              replacing: [6: "We had one disagreement about scheduling."])),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown(words: 80)),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard let minimum = context.part.sectionLength?.minWords else { return [] }
        let structure = context.structure
        var findings: [Finding] = []
        for (id, index) in structure.headingOfCriterion.sorted(by: { $0.value < $1.value }) {
            let words = structure.words(of: id)
            guard words < minimum, let c = context.criterion(id) else { continue }
            let h = context.heading(index)
            let question = c.guidingQuestions?.first.map { " Start from a guiding question: “\($0)”" } ?? ""
            findings.append(finding(context,
                                    "The section for Competency \(c.number) (\(c.shortTitle)) has \(words) \(words == 1 ? "word" : "words"); it needs at least \(minimum) to show the competency. Describe what you did and what you learned.\(question)",
                                    range: h.range, criterion: id))
        }
        return findings
    }
}
