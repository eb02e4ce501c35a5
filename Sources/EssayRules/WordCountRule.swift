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
