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
        ],
        partChecks: partChecks)

    /// The part's checks this rule reports.
    public static let partChecks: [PartCheckKind] = [.span]

    public func check(_ context: LintContext) -> [Finding] {
        partFindings(context, Self.partChecks) { check in
            guard case .span(let spec, let measure, let anchor) = check.fact else { return [] }
            let (min, max) = (spec.minWeeks, spec.maxWeeks)
            let label = spec.label.prefix(1).uppercased() + spec.label.dropFirst()
            switch measure {
            case .weeks(let weeks):
                let n = weeks.count
                return [.at(anchor, "\(label) covers \(n) \(n == 1 ? "week" : "weeks") (week \(weeks.first) to week \(weeks.last)); the credential asks for \(min) to \(max) weeks from beginning to end. \(n < min ? "Plan the work over at least \(min) weeks" : "Fit the work into \(max) weeks"), and label each step with its week or date.")]
            case .dates(let dates):
                return [.at(anchor, "\(label) spans \(dates.days) days, about \(format(tenths: dates.weeks)) weeks (\(dates.first) to \(dates.last)); the credential asks for \(min) to \(max) weeks from beginning to end. \(dates.coveredWeeks < min ? "Show the project's beginning and end: the first step and the event should be at least \(min) weeks apart" : "Fit the project into \(max) weeks").")]
            case .undated:
                return [.at(anchor, "\(label) gives no dates or week numbers, so a reviewer cannot see that it covers \(min) to \(max) weeks. Date each step (“Week 1”, “March 3”).")]
            }
        }
    }
}
