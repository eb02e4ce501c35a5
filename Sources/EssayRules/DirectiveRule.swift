import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `directive`: an essaylint-disable or -enable comment naming a rule that
/// does not exist (a typo would silently suppress nothing).
public struct DirectiveRule: Rule {
    public init() {}
    public static let id = "directive"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Unknown rule in a directive", defaultSeverity: defaultSeverity,
        summary: "An essaylint-disable, -enable or -disable-next-line comment that names a rule essaylint does not have.",
        rationale: "A misspelt rule id suppresses nothing, so the finding the applicant meant to silence still counts against the gate.",
        triggering: [
            RuleExample("«<!-- essaylint-disable deficit-langauge -->»\n\nWe listed the needs of families.\n"),
        ],
        nonTriggering: [
            RuleExample("<!-- essaylint-disable-next-line \(DeficitLanguageRule.id) -->\nWe listed the needs of families.\n"),
            RuleExample("<!-- essaylint-disable -->\nAll rules off.\n<!-- essaylint-enable -->\n"),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard !context.suppressions.directives.isEmpty else { return [] }
        let known = RuleRegistry.idSet
        return context.suppressions.directives.flatMap { d in
            d.rules.filter { !known.contains($0) }.map { id in
                let close = RuleRegistry.ids.min { Terms.distance($0, id, limit: 9) < Terms.distance($1, id, limit: 9) }
                let hint = close.map { " Did you mean “\($0)”?" } ?? ""
                var f = finding(context, "essaylint-\(d.kind.rawValue) names “\(id)”, which is not a rule, so it suppresses nothing.\(hint) `essaylint rules` lists the rule ids.",
                                range: d.range, suggestions: close.map { [$0] } ?? [])
                // The suggestion is a rule id: it replaces the id written.
                f.suggestionRange = context.document.source.lastToken(id, in: d.range)
                return f
            }
        }
    }
}
