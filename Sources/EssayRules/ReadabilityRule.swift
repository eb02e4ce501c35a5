import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `readability`: a competency section that reads as very difficult.
public struct ReadabilityRule: Rule {
    public init() {}
    public static let id = "readability"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Readability", defaultSeverity: defaultSeverity,
        summary: "A competency section (100 words or more) whose Flesch reading ease falls below the profile's threshold (30, “very difficult”), with its Flesch–Kincaid grade. Computed on ICU sentences and words; syllables are vowel groups less a silent final e and silent -es/-ed endings.",
        rationale: "The essay is evaluated for the clarity of its ideas; dense prose makes a reviewer work to find the evidence.",
        triggering: [
            RuleExample("## «Knowledge of the Self»\n\n" + String(repeating: "Institutional positionality necessitates continuous interrogation of organizational hierarchies, epistemological assumptions, and intersectional identities influencing collaborative relationships. ", count: 9) + "\n"),
        ],
        nonTriggering: [
            RuleExample("## Knowledge of the Self\n\n" + String(repeating: "I grew up on this side of town. My mother ran the corner store. I know the streets and the people. ", count: 6) + "\n"),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard let minimum = context.part.clarity?.minReadingEase else { return [] }
        var out: [Finding] = []
        for section in context.structure.sections where section.criterion != nil && section.words >= 100 {
            guard let r = context.readability[section.headingIndex], r.sentences > 0, r.ease < minimum else { continue }
            let h = context.heading(section.headingIndex)
            let ease = Int(r.ease.rounded())
            let grade = (r.grade * 10).rounded() / 10
            out.append(finding(context, "This section reads as very difficult: Flesch reading ease \(ease) (below \(Int(minimum))), grade level \(grade), \(r.words) words in \(r.sentences) sentences. Shorter sentences and plainer words make the evidence easier to find.",
                               range: h.range, criterion: section.criterion))
        }
        return out
    }
}
