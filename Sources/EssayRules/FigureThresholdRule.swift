import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `figure-threshold`: a figure the rubric sets a threshold for, stated short of it.
public struct FigureThresholdRule: Rule {
    public init() {}
    public static let id = "figure-threshold"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Figure below the rubric's threshold", defaultSeverity: defaultSeverity,
        summary: "A figure the rubric sets a threshold for, as the document states it, short of that threshold: in the Family Well-Being needs assessment, the families the survey was sent to (at least 20 for Proficient) and its return rate (80% or above). A document that states no such figure is not asked for one.",
        rationale: "The Proficient level of the needs assessment names these figures; a reviewer reads the ones the applicant gives.",
        triggering: [
            RuleExample("# Family Survey\n\nThe survey was sent to «15» families in one homeroom.\n\n" + PartExamples.questions(10),
                        note: "fewer than 20 families", profile: "family-well-being", part: "needs-assessment"),
            RuleExample("# Family Survey\n\nReturned: 9 of 15 surveys («60»% return rate).\n\n" + PartExamples.questions(10),
                        note: "a return rate under 80%", profile: "family-well-being", part: "needs-assessment"),
        ],
        nonTriggering: [
            RuleExample("# Family Survey\n\nSent to 44 families; 37 of 44 returned (84%).\n\n" + PartExamples.questions(10),
                        profile: "family-well-being", part: "needs-assessment"),
            RuleExample(PartExamples.questions(10), note: "no figures stated", profile: "family-well-being", part: "needs-assessment"),
        ],
        partChecks: partChecks)

    /// The part's checks this rule reports.
    public static let partChecks: [PartCheckKind] = [.figure]

    public func check(_ context: LintContext) -> [Finding] {
        let part = context.part.title
        return partFindings(context, Self.partChecks) { check in
            guard case .figure(let spec, let value?, let anchor) = check.fact else { return [] }
            let stated = spec.percent == true ? "\(format(tenths: value))%" : format(Int(value))
            let least = spec.percent == true ? "\(format(tenths: spec.min))%" : format(Int(spec.min))
            let quote = spec.requirement.map { " (“\($0)”)" } ?? ""
            let advice = spec.advice.map { " \($0)" } ?? ""
            return [.at(anchor, "\(part) gives \(spec.label) as \(stated); the rubric's Proficient level asks for at least \(least)\(quote).\(advice)")]
        }
    }
}
