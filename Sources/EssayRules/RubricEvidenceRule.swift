import EssayCore
import EssayStructure
import EssayText
import EssayProfiles
import EssayLanguage

/// `rubric-evidence`: rubric elements a competency section does not show yet.
public struct RubricEvidenceRule: Rule {
    public init() {}
    public static let id = "rubric-evidence"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Rubric evidence", defaultSeverity: defaultSeverity,
        summary: "For each competency section, the elements its Good and Exemplary descriptors ask for (Lexicons/profiles: criteria[].elements) that the section does not show, each named in the rubric's words with the level that asks for it and a guiding question that helps write it. An element is shown by a sentence of the section in which the phrase groups of one of its wordings meet, stated rather than negated (“we never asked”), hypothetical or wished (“if we had”, “next time I hope to”), and naming the partner where the element asks about the partner; each shown element's sentence is in the report.",
        rationale: "Reviewers score each competency by what its section evidences; naming what is not there yet tells the applicant what to add.",
        triggering: [
            RuleExample("## «Involving Partners in Reflection and Assessment»\n\n" + ExampleEssay.filler(90) + "\n",
                        note: "a section of filler shows none of Competency 6's five elements: one finding per element, each at its heading").repeated(5),
        ],
        nonTriggering: [
            RuleExample("## Knowledge of the Self\n\nMy background shaped how residents saw me: as a first-generation graduate who lived in the neighborhood, I was trusted, but my university title carried power. My role was to serve as a liaison, so I had to pay attention to equity, and at every meeting I would check in on whose voice was heard.\n",
                        note: "every element of Competency 1 shown in one paragraph; sections without a heading are not checked"),
        ],
        otherRubricKeys: [rubricKey(level: 2), rubricKey(level: 3)])

    /// The rubric key of a finding about an element of a level ("rubric-evidence-2").
    public static func rubricKey(level: Int) -> String { "\(id)-\(level)" }

    public func check(_ context: LintContext) -> [Finding] {
        guard let evidence = context.rubricEvidence else { return [] }
        var out: [Finding] = []
        for (id, section) in evidence.sections.sorted(by: { $0.value.headingIndex < $1.value.headingIndex }) {
            guard let criterion = context.criterion(id) else { continue }
            let h = context.heading(section.headingIndex)
            for element in section.missing {
                let levelName = criterion.level(element.level)?.name ?? "level \(element.level)"
                let question = element.question.map { " A question that helps: “\($0)”" } ?? ""
                out.append(finding(context, "The section for Competency \(criterion.number) (\(criterion.shortTitle)) does not yet show “\(element.label)”, which the rubric asks for at level \(element.level) (\(levelName)).\(question)",
                                   range: h.range, criterion: id, rubricKey: Self.rubricKey(level: element.level)))
            }
        }
        return out
    }
}
