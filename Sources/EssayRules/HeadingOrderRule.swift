import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `heading-order`: competencies out of the credential's order.
public struct HeadingOrderRule: Rule {
    public init() {}
    public static let id = "heading-order"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Competencies out of order", defaultSeverity: defaultSeverity,
        summary: "A competency section that stands out of the credential's order (1 to 9).",
        rationale: "Reviewers read the essay against the rubric in order; sections in the same order are easier to score.",
        triggering: [
            RuleExample(ExampleEssay.markdown([ExampleEssay.titles[0], ExampleEssay.titles[1], ExampleEssay.titles[2], ExampleEssay.titles[3],
                                               ExampleEssay.titles[4], "«Resolving Conflicts»", "Involving Partners in Reflection and Assessment",
                                               ExampleEssay.titles[7], ExampleEssay.titles[8]])),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown()),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        let primary = context.structure.mappings.filter { $0.criterion != nil && $0.duplicateOf == nil }
        let numbers = primary.map { context.criterion($0.criterion!)?.number ?? 0 }
        let keep = Self.longestIncreasing(numbers)
        var findings: [Finding] = []
        for (k, m) in primary.enumerated() where !keep.contains(k) {
            let c = context.criterion(m.criterion!)!
            let h = context.heading(m.headingIndex)
            // The in-order section this one should follow.
            let before = primary.enumerated().filter { keep.contains($0.offset) }
                .map { context.criterion($0.element.criterion!)! }.filter { $0.number < c.number }.last
            let place = before.map { "after Competency \($0.number) (\($0.shortTitle))" } ?? "first"
            findings.append(finding(context,
                                    "Competency \(c.number) (\(c.shortTitle)) is out of the credential’s order. Move this section \(place), so the essay follows the 9 areas in order.",
                                    range: h.range, criterion: c.id))
        }
        return findings
    }

    /// Indices of one longest strictly increasing subsequence (earliest kept on ties).
    package static func longestIncreasing(_ values: [Int]) -> Set<Int> {
        guard !values.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: values.count)
        var previous = [Int](repeating: -1, count: values.count)
        for i in values.indices {
            // On a tie keep the smaller predecessor, so the section flagged is
            // the one that jumped ahead ("7" in 5, 7, 6, 8).
            for j in 0..<i where values[j] < values[i] {
                if length[j] + 1 > length[i] || (length[j] + 1 == length[i] && previous[i] >= 0 && values[j] < values[previous[i]]) {
                    length[i] = length[j] + 1
                    previous[i] = j
                }
            }
        }
        var best = 0
        for i in values.indices where length[i] > length[best] { best = i }
        var out = Set<Int>()
        var i = best
        while i >= 0 { out.insert(i); i = previous[i] }
        return out
    }
}
