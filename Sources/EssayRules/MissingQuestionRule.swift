import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `missing-question`: a question of the part that the response does not answer.
public struct MissingQuestionRule: Rule {
    public init() {}
    public static let id = "missing-question"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Unanswered question", defaultSeverity: defaultSeverity,
        summary: "A question the part asks (Part 1's three, Part 3's six in the Family Well-Being credential) that nothing in the response answers, judged by the question's key words and their inflections.",
        rationale: "Passing asks for a response to every question; a reviewer looks for each one.",
        triggering: [
            RuleExample(PartExamples.part1Q1 + PartExamples.part1Q2, documentFindings: 1, note: "question 3 (community partners) unanswered",
                        profile: "family-well-being", part: "part1"),
        ],
        nonTriggering: [
            RuleExample(PartExamples.part1Q1 + PartExamples.part1Q2 + PartExamples.part1Q3, profile: "family-well-being", part: "part1"),
        ],
        partChecks: partChecks)

    /// The part's checks this rule reports.
    public static let partChecks: [PartCheckKind] = [.question]

    public func check(_ context: LintContext) -> [Finding] {
        let part = context.part.title
        return partFindings(context, Self.partChecks) { check in
            guard case .question(let q) = check.fact else { return [] }
            return [.document("\(part) asks question \(q.number), “\(q.text)”, and the response does not answer it yet (\(q.label)). Answer it in its own paragraph, and name the question's key words so a reviewer finds the answer.")]
        }
    }
}
