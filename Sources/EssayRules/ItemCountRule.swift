import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `item-count`: counted items outside the part's range.
public struct ItemCountRule: Rule {
    public init() {}
    public static let id = "item-count"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Number of items", defaultSeverity: defaultSeverity,
        summary: "The number of counted items outside the part's range: survey questions (10 to 20), community assets (5 to 8), stakeholders (3 to 5), photo entries (10 to 20). Items are the lines that ask something, the labelled entries (“Photo 3”), the headings of one rank, or the list items.",
        rationale: "The counts are stated requirements, and the rubric's Proficient level names them.",
        triggering: [
            RuleExample(PartExamples.survey(3), documentFindings: 1, note: "3 questions", profile: "family-well-being", part: "needs-assessment"),
        ],
        nonTriggering: [
            RuleExample(PartExamples.survey(10), profile: "family-well-being", part: "needs-assessment"),
        ],
        partChecks: partChecks)

    /// The part's checks this rule reports.
    public static let partChecks: [PartCheckKind] = [.itemCount]

    public func check(_ context: LintContext) -> [Finding] {
        let part = context.part.title
        return partFindings(context, Self.partChecks) { check in
            guard case .itemCount(let spec, let n, let anchor) = check.fact else { return [] }
            let (min, max) = (spec.count.min, spec.count.max)
            let howFar = n < min ? "Add \(min - n) more \(spec.plural)" : "Keep the \(max) that matter most"
            return [.at(anchor, "\(part) has \(n) \(n == 1 ? spec.name : spec.plural); the credential asks for \(min) to \(max). \(howFar), each on its own line or under its own heading so it is counted.")]
        }
    }
}
