import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `word-count`: the essay outside the part's word range.
public struct WordCountRule: Rule {
    public init() {}
    public static let id = "word-count"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Essay length", defaultSeverity: defaultSeverity,
        summary: "The essay's word count (word-processor convention: headings counted, Markdown syntax not) outside the part's range, 1,000 to 1,500 words for the Community Partnerships essay.",
        rationale: "The length is a stated submission requirement; reviewers count with a word processor.",
        triggering: [
            RuleExample(ExampleEssay.filler(999), documentFindings: 1, note: "one word short"),
            RuleExample(ExampleEssay.filler(1501), documentFindings: 1, note: "one word over"),
            RuleExample("## Knowledge of the Self\n\n" + ExampleEssay.filler(995), documentFindings: 1, note: "4 heading words + 995 = 999"),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.filler(1000)),
            RuleExample(ExampleEssay.filler(1500)),
            RuleExample("## Knowledge of the Self\n\n" + ExampleEssay.filler(996), note: "headings count: 4 + 996 = 1,000"),
            RuleExample("---\ntitle: Draft\n---\n\n" + ExampleEssay.filler(1000) + "\n\n```\nnot counted at all\n```\n", note: "front matter and code are not counted"),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard let range = context.part.wordRange else { return [] }
        let convention = context.options.wordConvention
        let words = context.analysis.total(convention)
        guard words < range.min || words > range.max else { return [] }
        let headingWords = context.document.headings.reduce(0) { $0 + context.analysis.count(in: $1.range, convention) }
        let withoutHeadings = words - headingWords
        let advice = words < range.min
            ? "Add at least \(range.min - words) \(range.min - words == 1 ? "word" : "words")"
            : "Cut at least \(words - range.max) \(words - range.max == 1 ? "word" : "words")"
        let name = convention == .wordProcessor ? "word-processor count" : "ICU count"
        let message = "The essay has \(format(words)) words (\(name), headings included; \(format(withoutHeadings)) without headings); the credential asks for \(format(range.min)) to \(format(range.max)). \(advice)."
        return [finding(context, message, range: 0..<0, match: false)]
    }
}

/// `section-length`: a competency section too thin to show the competency.
public struct SectionLengthRule: Rule {
    public init() {}
    public static let id = "section-length"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Thin competency section", defaultSeverity: defaultSeverity,
        summary: "A competency section with fewer words than the profile's threshold (80 for the Community Partnerships essay), heading excluded.",
        rationale: "A section of a few sentences rarely evidences more than an emerging level of the competency.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { $0.offset == 6 ? "«Resolving Conflicts»" : $0.element },
                                              replacing: [6: "We had one disagreement about scheduling."])),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown(words: 80)),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard let minimum = context.part.sectionLength?.minWords else { return [] }
        let structure = context.structure
        var findings: [Finding] = []
        for (id, index) in structure.headingOfCriterion.sorted(by: { $0.value < $1.value }) {
            let words = structure.words(of: id)
            guard words < minimum, let c = context.criterion(id) else { continue }
            let h = context.heading(index)
            let question = c.guidingQuestions?.first.map { " Start from a guiding question: “\($0)”" } ?? ""
            findings.append(finding(context,
                                    "The section for Competency \(c.number) (\(c.shortTitle)) has \(words) \(words == 1 ? "word" : "words"); it needs at least \(minimum) to show the competency. Describe what you did and what you learned.\(question)",
                                    range: h.range, criterion: id))
        }
        return findings
    }
}
