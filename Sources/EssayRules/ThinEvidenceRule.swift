import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `thin-evidence`: what a passing response shows, not found.
public struct ThinEvidenceRule: Rule {
    public init() {}
    public static let id = "thin-evidence"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Thin evidence", defaultSeverity: defaultSeverity,
        summary: "Evidence the Passing descriptor asks for and the response does not yet show: in Part 3, specific examples from experience and actionable next steps.",
        rationale: "Passing in Part 3 asks for both specific examples and specific actionable steps.",
        triggering: [
            RuleExample("# Reflection\n\nFor example, 41 families attended and one parent said the night was the first time she felt welcome.\n",
                        documentFindings: 1, note: "no next step", profile: "family-well-being", part: "part3"),
        ],
        nonTriggering: [
            RuleExample("# Reflection\n\nFor example, 41 families attended. Next year I will translate the survey into Spanish and Somali.\n",
                        profile: "family-well-being", part: "part3"),
        ],
        partChecks: partChecks)

    /// The part's checks this rule reports.
    public static let partChecks: [PartCheckKind] = [.evidence]

    public func check(_ context: LintContext) -> [Finding] {
        let part = context.part.title
        return partFindings(context, Self.partChecks) { check in
            guard case .evidence(let element) = check.fact else { return [] }
            return [.document("\(part) does not yet show \(element.label).\(element.adviceSentence)")]
        }
    }
}
