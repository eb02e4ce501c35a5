import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `unclear-heading`: a heading that maps to a competency only through its
/// section's content or its place, not through its wording.
public struct UnclearHeadingRule: Rule {
    public init() {}
    public static let id = "unclear-heading"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Heading does not name its competency", defaultSeverity: defaultSeverity,
        summary: "A heading mapped to a competency only through what its section says or where it stands; suggests a title that names the area.",
        rationale: "Reviewers scan the sub-headings for each competency area; a heading that does not name its area may be missed.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { $0.offset == 0 ? "«Where I Stand»" : $0.element },
                                              replacing: [0: "My own identity and background shape how I enter this partnership. As a white professor from a rural town, my status and institutional affiliation differ from the experience of the residents, and these similarities and differences shape the dynamics of collaboration and my role in the partnership. " + ExampleEssay.filler(40)])),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown()),
            RuleExample("# Partnering with the Eastside Food Co-op\n\n" + ExampleEssay.markdown(), note: "a title line is not a competency"),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        context.structure.mappings.compactMap { m in
            guard let id = m.criterion, m.evidence == .content || m.evidence == .order, let c = context.criterion(id) else { return nil }
            let h = context.heading(m.headingIndex)
            let why = m.evidence == .content ? "only from what the section says" : "only from where it stands among the other headings"
            let suggestion = (context.suggestedTitles[id] ?? MissingHeadingRule.suggestedTitle(c)) + " — " + h.text
            return finding(context,
                           "“\(h.text)” reads as Competency \(c.number) (\(c.shortTitle)) \(why); a reviewer scanning for that area may miss it. Name the area in the heading, for example “\(suggestion)”.",
                           range: h.range, suggestions: [suggestion], criterion: id)
        }
    }
}
