import EssayCore
import EssayRubric

/// Output for people: `path:line:col: severity: message [rule]`, the source
/// line with the match underlined, suggestions and rubric threats, then a
/// per-criterion table and the submission requirements.
public struct TextReporter: Reporter {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    package func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func begin(version: String) -> [UInt8] { [] }

    /// A file's findings and tables, after a blank line unless it is the first.
    public func file(_ report: FileReport, index: Int) -> [UInt8] {
        Array(((index > 0 ? "\n" : "") + render(report)).utf8)
    }

    public func end(_ summary: RunSummary) -> [UInt8] {
        Array(("\n" + self.summary(files: summary.files, errors: summary.errors, warnings: summary.warnings,
                                   suggestions: summary.suggestions)).utf8)
    }

    /// The last line: files and findings by severity.
    public func summary(files: Int, errors e: Int, warnings w: Int, suggestions s: Int) -> String {
        paint("\(files) \(files == 1 ? "file" : "files"): \(e) \(e == 1 ? "error" : "errors"), \(w) \(w == 1 ? "warning" : "warnings"), \(s) \(s == 1 ? "suggestion" : "suggestions")", "1") + "\n"
    }

    public func render(_ file: FileReport) -> String {
        var out = ""
        if let error = file.error {
            return "\(file.path): " + paint("error", "1;31") + ": \(error)\n"
        }
        for f in file.findings {
            let range = file.source?.range(f.range)
            let line = range?.start.line ?? 1
            let column = range?.start.column ?? 1
            let severity: String
            switch f.severity {
            case .error: severity = paint("error", "1;31")
            case .warning: severity = paint("warning", "1;33")
            case .suggestion: severity = paint("suggestion", "1;36")
            }
            out += "\(file.path):\(line):\(column): \(severity): \(f.message) [\(f.rule)]\n"
            if f.match != nil, let source = file.source, let r = range {
                let scalars = Array(source.lineText(r.start.line).replacingTabs().unicodeScalars)
                var width = r.end.line == r.start.line ? max(1, r.end.column - r.start.column) : max(1, scalars.count - r.start.column + 1)
                // A long line (a paragraph, in Markdown or a Word file) is shown around the match.
                var first = 0
                var last = scalars.count
                if scalars.count > 120 {
                    first = max(0, r.start.column - 1 - 50)
                    last = min(scalars.count, r.start.column - 1 + min(width, 60) + 50)
                    width = min(width, last - (r.start.column - 1))
                }
                var shown = String(String.UnicodeScalarView(scalars[first..<last]))
                var pad = r.start.column - 1 - first
                if first > 0 { shown = "…" + shown; pad += 1 }
                if last < scalars.count { shown += "…" }
                out += "    " + shown + "\n"
                out += "    " + String(repeating: " ", count: max(0, pad)) + paint("^" + String(repeating: "~", count: max(1, width) - 1), "1;32") + "\n"
            }
            if !f.suggestions.isEmpty {
                out += "    = try: " + f.suggestions.joined(separator: ", ") + "\n"
            }
            for t in f.rubric {
                out += "    = rubric: \(t.criterion) at most \(t.ceiling): “\(t.descriptor)”\n"
            }
        }
        if let stats = file.stats {
            out += "\n" + paint("\(file.path): \(file.profile ?? "") \(file.part ?? "")", "1") + "\n"
            if let why = file.detection { out += "  \(why)\n" }
            if !file.itemNames.isEmpty { out += "  found: " + file.itemNames.joined(separator: "; ") + "\n" }
            let cites = file.references.filter { $0.kind == ReferenceKind.citation.rawValue }
            let artifacts = file.references.filter { $0.kind == ReferenceKind.artifact.rawValue }
            if !cites.isEmpty { out += "  cites: " + cites.map { $0.text + ($0.status == "ok" ? "" : " (\($0.status ?? ""))") }.joined(separator: "; ") + "\n" }
            if !artifacts.isEmpty { out += "  artifacts: " + artifacts.map(\.text).joined(separator: "; ") + "\n" }
            func plural(_ n: Int, _ word: String) -> String { "\(format(n)) \(word)\(n == 1 ? "" : "s")" }
            out += "  \(plural(stats.words, "word")) (\(stats.wordConvention.rawValue); ICU \(format(stats.icuWords))), \(plural(stats.sentences, "sentence")), \(plural(stats.paragraphs, "paragraph")); asset terms \(stats.assetTerms), deficit terms \(stats.deficitTerms)\n"
        }
        if !file.rubric.isEmpty {
            let withEvidence = file.rubric.contains { $0.estimate != nil }
            out += "  criterion  risk    ceiling  findings  words  " + (withEvidence ? "evidence  estimate*  " : "") + "title\n"
            for r in file.rubric {
                let risk: String
                switch r.risk {
                case .none: risk = pad("none", 6)
                case .low: risk = paint(pad("low", 6), "36")
                case .medium: risk = paint(pad("medium", 6), "33")
                case .high: risk = paint(pad("high", 6), "31")
                }
                let evidence = withEvidence
                    ? pad(r.estimate == nil ? "-" : "\(r.evidenced.count)/\(r.evidenced.count + r.missingElements.count)", 8) + "  " + pad(r.estimate.map(String.init) ?? "-", 9) + "  " : ""
                out += "  \(pad(r.criterion, 9))  \(risk)  \(pad(String(r.ceiling), 7))  \(pad(String(r.findings), 8))  \(pad(String(r.words), 5))  \(evidence)\(r.title)\n"
                // One line per element: the sentence that shows it, or the rubric's words for what is not shown yet.
                for e in r.elementEvidence {
                    if let range = e.range, let source = file.source {
                        let line = source.location(of: range.lowerBound).line
                        out += "      " + paint("✓", "32") + " \(e.id)  “\(TextReporter.shorten(source.string(range), 40))” (line \(line))\n"
                    } else {
                        out += "      " + paint("✗", "31") + " \(e.id): \(TextReporter.shorten(e.words, 60))\n"
                    }
                }
            }
        }
        if file.rubric.contains(where: { $0.estimate != nil }) {
            out += "  * estimate: what a reviewer may see from the rubric elements each section shows (the lines under its row); not a score\n"
        }
        if file.suppressed > 0 {
            out += "  \(file.suppressed) \(file.suppressed == 1 ? "finding" : "findings") suppressed by essaylint-disable comments\n"
        }
        for r in file.requirements {
            out += "  " + (r.met ? paint("met", "32") : paint("not met", "31")) + ": \(r.id): \(r.detail)\n"
        }
        return out
    }

    /// The first words of a text up to about `limit` characters, with an
    /// ellipsis when it goes on; line breaks read as spaces.
    package static func shorten(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        var cut = flat.prefix(limit)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 { cut = cut[..<space] }
        return cut.trimming(" ,;:") + "…"
    }

    package func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
}

extension String {
    /// Tabs as single spaces, so the underline lines up by column.
    package func replacingTabs() -> String { utf8.contains(0x09) ? String(map { $0 == "\t" ? " " : $0 }) : self }
}
