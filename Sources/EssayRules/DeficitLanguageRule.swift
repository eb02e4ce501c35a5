import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `deficit-language`: deficit-based terms, with asset-based suggestions.
public struct DeficitLanguageRule: Rule {
    public init() {}
    public static let id = "deficit-language"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Deficit-based language", defaultSeverity: defaultSeverity,
        summary: "Terms that frame people or communities by what they lack (needs, issues, problems, challenges, at-risk, underserved, …), with asset-based alternatives. Context decides: verbs (“need to”, “to challenge”), names of rejected approaches (“needs-based”), quotations and labels the applicant reports to reject are not flagged, nor “challenges” where Competency 9 asks for them.",
        rationale: "Competency 4 asks for partnership language that avoids deficit-based terms and emphasises goals, aspirations and vision; deficit terms cap it at “Emerging”, and reliance on them at 0.",
        triggering: [
            RuleExample("We began by listing the «needs» of the families on Elm Street.\n"),
            RuleExample("Many «at-risk» students joined, and «underserved» families came too.\n"),
            RuleExample("The «challenges» of the neighbourhood shaped our plan.\n"),
            RuleExample("We met the community’s «needs» and solved their «problems».\n"),
            RuleExample("Our tutors worked with «struggling» readers from «inner-city» schools.\n"),
            RuleExample("Residents «lack» transportation, and «poor» families could not attend.\n"),
            RuleExample("## Reflecting on Power Relations\n\nThe «problems» of the block were not mine to name, though challenges of trust remained.\n",
                        note: "in the Competency 9 section “challenges” is expected; other deficit terms still count"),
        ],
        nonTriggering: [
            RuleExample("We need to listen first, and the plan needs more time.\n"),
            RuleExample("I wanted to challenge my own assumptions; it was a challenging semester.\n"),
            RuleExample("We rejected a needs-based model and deficit-based thinking.\n"),
            RuleExample("The rubric asks us to avoid “deficit-based terms (such as a needs, issues, problems, and challenges)”.\n"),
            RuleExample("The grant form called them at-risk youth, a label we dropped.\n"),
            RuleExample("The city issued a permit after a broken agreement and poor communication.\n"),
            RuleExample("## Reflecting on Power Relations\n\nThe challenges we faced came from the university’s schedule.\n"),
            RuleExample("We practised problem-solving; I lack experience in grant writing.\n"),
            RuleExample("```\nneeds problems at-risk\n```\n\n<!-- needs and problems -->\n"),
        ],
        otherRubricKeys: [relianceKey])

    /// The rubric key of the one finding about reliance on deficit language.
    public static let relianceKey = "deficit-reliance"

    public func check(_ context: LintContext) -> [Finding] {
        guard let scan = context.deficitScan else { return [] }
        var findings: [Finding] = []
        for occurrence in scan.flagged {
            let term = scan.lexicon.terms[occurrence.term]
            let match = context.document.source.string(occurrence.range)
            let message = "“\(match)” is deficit-based language. \(term.advice)"
            var f = finding(context, message, range: occurrence.range, suggestions: term.suggestions,
                            criterion: context.structure.criterion(at: occurrence.range.lowerBound))
            f.why = occurrence.why
            findings.append(f)
        }
        if let reliance = context.part.deficit?.reliance {
            let deficits = findings.count
            let assets = scan.assetCount
            if deficits >= reliance.minTerms, Double(deficits) >= reliance.perAssetTerm * Double(max(assets, 1)) {
                findings.append(finding(context,
                                        "The essay relies on deficit-based language: \(deficits) deficit terms against \(assets) asset-based terms. Rework those passages around what partners bring and want: their goals, aspirations, strengths and vision.",
                                        range: 0..<0, match: false, rubricKey: Self.relianceKey))
            }
        }
        return findings
    }
}

