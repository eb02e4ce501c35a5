import EssayLint
import EssayReport

/// Hover on a finding: its rule, severity and message, the rubric
/// criteria it puts at risk (the highest level still reachable and the
/// descriptor that says why), and each criterion's guiding questions from
/// the profile, as Markdown.
enum Hovers {
    static func hover(at position: Position, linted: LintedVersion, linter: Linter) -> Hover? {
        let offset = linted.map.reportOffset(position)
        let report = linted.report
        let hits = report.findings.filter { f in
            f.range.isEmpty ? f.range.lowerBound == offset : f.range.contains(offset)
        }
        guard let first = hits.first else { return nil }
        let value = hits.map { markdown($0, profile: report.profile, linter: linter) }.joined(separator: "\n\n---\n\n")
        return Hover(contents: MarkupContent(kind: "markdown", value: value), range: linted.map.range(first.range))
    }

    static func markdown(_ f: Finding, profile: String?, linter: Linter) -> String {
        var out = "**essaylint** `\(f.rule)` (\(f.severity.rawValue))\n\n\(f.message)"
        if !f.suggestions.isEmpty, f.rule != Linter.missingHeadingRule {
            out += "\n\nTry: " + f.suggestions.map { "“\($0)”" }.joined(separator: ", ")
        }
        var explained: Set<String> = []
        func questions(_ info: Linter.CriterionInfo) -> String {
            guard !info.guidingQuestions.isEmpty, explained.insert(info.id).inserted else { return "" }
            return "\n\nGuiding questions:\n" + info.guidingQuestions.map { "- " + $0 }.joined(separator: "\n")
        }
        for threat in f.rubric {
            let info = profile.flatMap { linter.criterion(profile: $0, id: threat.criterion) }
            let name = info.map { "\(threat.criterion), \($0.title)" } ?? threat.criterion
            let top = info?.levels.map(\.level).max()
            out += "\n\n**Rubric at risk: \(name)**: at most level \(threat.ceiling)\(top.map { " of \($0)" } ?? "")"
            if !threat.descriptor.isEmpty { out += "\n\n> \(threat.descriptor)" }
            if let info { out += questions(info) }
        }
        if f.rubric.isEmpty, let id = f.criterion, let info = profile.flatMap({ linter.criterion(profile: $0, id: id) }) {
            out += "\n\n**\(id), \(info.title)**" + questions(info)
        }
        return out
    }
}
