import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `time-span`: a plan or photo essay that does not cover the span of weeks asked for.
public struct TimeSpanRule: Rule {
    public init() {}
    public static let id = "time-span"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Span of weeks", defaultSeverity: defaultSeverity,
        summary: "The weeks an action plan's timeline or a photo essay's dates cover, outside 5 to 8. Weeks come from “Week N” labels, else from the first and last dates written (“March 3”, “3/3/2025”, “2025-03-03”).",
        rationale: "The credential asks for a project that runs 5 to 8 weeks from beginning to end, and the rubric looks for that evidence.",
        triggering: [
            RuleExample("# Action Plan\n\n## «Timeline»\n\n- Week 1: send the survey\n- Week 2: plan with partners\n- Week 3: family night\n",
                        note: "three weeks", profile: "family-well-being", part: "action-plan"),
        ],
        nonTriggering: [
            RuleExample("# Action Plan\n\n## Timeline\n\n- Week 1: send the survey\n- Week 3: plan with partners\n- Week 6: family night\n",
                        profile: "family-well-being", part: "action-plan"),
        ])

    public func check(_ context: LintContext) -> [Finding] { partFindings(context) }
}
