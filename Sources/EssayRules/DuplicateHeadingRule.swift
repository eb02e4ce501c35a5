import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `duplicate-heading`: two headings for one competency.
public struct DuplicateHeadingRule: Rule {
    public init() {}
    public static let id = "duplicate-heading"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Competency headed twice", defaultSeverity: defaultSeverity,
        summary: "A second heading for a competency that already has one.",
        rationale: "The essay should have one sub-heading per competency area; a split section makes the evidence for that competency harder to find and may hide a missing one.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles + ["«Resolving Conflicts (continued)»"])),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown()),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        context.structure.mappings.compactMap { m in
            guard let id = m.criterion, let first = m.duplicateOf, let c = context.criterion(id) else { return nil }
            let h = context.heading(m.headingIndex)
            let firstLine = context.document.source.location(of: context.heading(first).range.lowerBound).line
            return finding(context,
                           "Competency \(c.number) (\(c.shortTitle)) already has a heading at line \(firstLine). Merge this section into that one, or retitle it if it is about another competency.",
                           range: h.range, criterion: id)
        }
    }
}
