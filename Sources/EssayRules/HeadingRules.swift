import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `missing-heading`: a competency with no sub-heading.
public struct MissingHeadingRule: Rule {
    public init() {}
    public static let id = "missing-heading"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Missing competency heading", defaultSeverity: defaultSeverity,
        summary: "Every competency area needs its own sub-heading; reports each competency no heading maps to, by its official title.",
        rationale: "The credential asks for sub-headings for each of the 9 competency areas, and reviewers score each competency from its section: a competency without one risks a 0.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { $0.offset == 6 ? nil : $0.element }), documentFindings: 1,
                        note: "Competency 7 has no heading"),
            RuleExample("# My essay\n\nA short draft with no sub-headings yet.\n", documentFindings: 9),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown()),
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { "Competency \($0.offset + 1): \($0.element)" })),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard context.part.headingPerCriterion ?? true else { return [] }
        let structure = context.structure
        let owners = structure.headingOfCriterion
        // By index: a Criterion is a large value, and copying one per
        // comparison cost more than the rule.
        let criteria = context.profile.criteria
        return structure.missing.compactMap { id in
            var index: Int?
            for k in criteria.indices where criteria[k].id == id { index = k; break }
            guard let k = index else { return nil }
            let number = criteria[k].number
            // Anchor where the heading belongs: before the next competency that has one.
            var anchor = context.document.source.count
            for j in criteria.indices where !owners.isEmpty && criteria[j].number > number {
                if let h = owners[criteria[j].id] { anchor = context.heading(h).range.lowerBound; break }
            }
            if anchor == context.document.source.count, let lastBlock = context.document.blocks.last {
                anchor = lastBlock.range.upperBound
            }
            // Made once per profile (`ProfileTexts`), by the criterion's position.
            let message = context.texts.missingHeadingAt[k]
            return finding(context, message, range: anchor..<anchor, match: false, suggestions: context.texts.suggestedTitleListAt[k], criterion: id)
        }
    }

    package static func message(_ criterion: Criterion, _ title: String) -> String {
        "No sub-heading for Competency \(criterion.number): \(criterion.title). Add a section headed “\(title)” and write about it, guided by the competency’s questions."
    }

    package static func suggestedTitle(_ c: Criterion) -> String {
        "Competency \(c.number): " + titleCase(c.shortTitle)
    }

    package static func titleCase(_ s: String) -> String {
        s.split(separator: " ").enumerated().map { index, word in
            let w = String(word)
            if index > 0, HeadingHeuristics.smallWords.contains(w.lowercased()) { return w.lowercased() }
            return w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }
}


/// `unclear-heading`: a heading that maps to a competency only through its
/// section's content or its place, not through its wording.
public struct UnclearHeadingRule: Rule {
    public init() {}
    public static let id = "unclear-heading"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Heading does not name its competency", defaultSeverity: defaultSeverity,
        summary: "A heading mapped to a competency only through what its section says or where it stands; suggests a title that names the area.",
        rationale: "Reviewers scan the sub-headings for each competency area; a heading that does not name its area may be missed.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { $0.offset == 0 ? "«Where I Stand»" : $0.element },
                                              replacing: [0: "My own identity and background shape how I enter this partnership. As a white professor from a rural town, my status and institutional affiliation differ from the experience of the residents, and these similarities and differences shape the dynamics of collaboration and my role in the partnership. " + ExampleEssay.filler(40)])),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown()),
            RuleExample("# Partnering with the Eastside Food Co-op\n\n" + ExampleEssay.markdown(), note: "a title line is not a competency"),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        context.structure.mappings.compactMap { m in
            guard let id = m.criterion, m.evidence == .content || m.evidence == .order, let c = context.criterion(id) else { return nil }
            let h = context.heading(m.headingIndex)
            let why = m.evidence == .content ? "only from what the section says" : "only from where it stands among the other headings"
            let suggestion = (context.suggestedTitles[id] ?? MissingHeadingRule.suggestedTitle(c)) + " — " + h.text
            return finding(context,
                           "“\(h.text)” reads as Competency \(c.number) (\(c.shortTitle)) \(why); a reviewer scanning for that area may miss it. Name the area in the heading, for example “\(suggestion)”.",
                           range: h.range, suggestions: [suggestion], criterion: id)
        }
    }
}

/// `duplicate-heading`: two headings for one competency.
public struct DuplicateHeadingRule: Rule {
    public init() {}
    public static let id = "duplicate-heading"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Competency headed twice", defaultSeverity: defaultSeverity,
        summary: "A second heading for a competency that already has one.",
        rationale: "The essay should have one sub-heading per competency area; a split section makes the evidence for that competency harder to find and may hide a missing one.",
        triggering: [
            RuleExample(ExampleEssay.markdown(ExampleEssay.titles + ["«Resolving Conflicts (continued)»"])),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown()),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        context.structure.mappings.compactMap { m in
            guard let id = m.criterion, let first = m.duplicateOf, let c = context.criterion(id) else { return nil }
            let h = context.heading(m.headingIndex)
            let firstLine = context.document.source.location(of: context.heading(first).range.lowerBound).line
            return finding(context,
                           "Competency \(c.number) (\(c.shortTitle)) already has a heading at line \(firstLine). Merge this section into that one, or retitle it if it is about another competency.",
                           range: h.range, criterion: id)
        }
    }
}

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
