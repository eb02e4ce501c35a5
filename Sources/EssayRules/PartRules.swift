import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// Rules over what a part asks for (questions, counted items, fields, areas,
/// elements, a span of time, evidence). They report `PartAnalysis`, which the
/// linter computes once for parts that declare these checks.

extension Rule {
    package func partFindings(_ context: LintContext) -> [Finding] {
        guard let analysis = context.partAnalysis else { return [] }
        var out: [Finding] = []
        for check in analysis.checks where check.rule == Self.id {
            for issue in check.findings {
                out.append(finding(context, issue.message, range: issue.range, match: issue.hasMatch,
                                   criterion: context.part.criteria?.first, rubricKey: check.rubricKey))
            }
        }
        return out
    }
}

package enum PartExamples {
    package static let part1Q1 = "## Why this micro-credential\n\nI chose this micro-credential because my professional goal is to bring families into our reading work.\n\n"
    package static let part1Q2 = "## My classroom\n\nMy class has 26 students: 58% receive free and reduced lunch, most are Latino or Black, four have special needs (IEPs), and six are English learners.\n\n"
    package static let part1Q3 = "## Community partners\n\nWorking with community partners such as the public library will enrich our family nights with resources I cannot offer alone.\n"

    package static func asset(_ name: String, contact: Bool = true) -> String {
        "## \(name)\n\nDescription: a neighbourhood branch with after-school homework help and family story times.\n\n"
            + (contact ? "Contact: (555) 201-3344, info@example.org\n\n" : "")
            + "Benefit to our school: it can host our family literacy night.\n\n"
    }

    package static func survey(_ n: Int) -> String {
        "# Family Survey\n\n" + (1...n).map { "\($0). How often does your child read at home?\n" }.joined()
    }
}

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
        ])

    public func check(_ context: LintContext) -> [Finding] { partFindings(context) }
}

/// `missing-element`: a required item, area, field, element or stage that is missing.
public struct MissingElementRule: Rule {
    public init() {}
    public static let id = "missing-element"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Missing required element", defaultSeverity: defaultSeverity,
        summary: "Something the part requires by name is missing: a demographic item in Part 1, a survey area, an asset's description, contact information or benefit, a stakeholder's role, gender or ethnicity, a plan element, a photo's date or description, or a stage of the project. A field missing from one item is reported at that item's name.",
        rationale: "The rubric's top level lists these elements; each one missing lowers the artifact to Basic at best.",
        triggering: [
            RuleExample("# Community Asset Map\n\n" + PartExamples.asset("«Riverside Library»", contact: false)
                            + ["Oak Street Food Pantry", "Hillside Museum", "Lincoln Park Pool", "Northside Clinic"].map { PartExamples.asset($0) }.joined(),
                        note: "one asset without contact information", profile: "family-well-being", part: "asset-map"),
            RuleExample(PartExamples.part1Q1 + "## My classroom\n\nMy class has 26 students; four have special needs (IEPs) and six are English learners.\n\n" + PartExamples.part1Q3,
                        documentFindings: 2, note: "no free and reduced lunch rate, no ethnicity", profile: "family-well-being", part: "part1"),
        ],
        nonTriggering: [
            RuleExample("# Community Asset Map\n\n" + ["Riverside Library", "Oak Street Food Pantry", "Hillside Museum", "Lincoln Park Pool", "Northside Clinic"].map { PartExamples.asset($0) }.joined(),
                        profile: "family-well-being", part: "asset-map"),
        ])

    public func check(_ context: LintContext) -> [Finding] { partFindings(context) }
}

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
        ])

    public func check(_ context: LintContext) -> [Finding] { partFindings(context) }
}

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
        ])

    public func check(_ context: LintContext) -> [Finding] { partFindings(context) }
}
