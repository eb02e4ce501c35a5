import Foundation
import EssayLint
import EssayReport

/// The quick fixes for the findings at a place in a document:
///
/// - each suggestion of a finding replaces the finding's text (or the part
///   of it the rule names: the year of a citation, a rule id in a
///   directive), when the suggestions can stand in its place (not a
///   picture's, nor wordings with a placeholder to fill in);
/// - a missing competency heading is inserted as its own line (`## ` in
///   Markdown) before the heading of the next competency present, else at
///   the end;
/// - "Disable RULE here" adds the disable comment the README documents on
///   a line of its own before the finding's line (or adds the rule to a
///   disable-next-line comment already there); for a finding about the
///   whole document, a `disable` at the top, which is what suppresses one.
struct CodeActions {
    let document: OpenDocument
    let linted: LintedVersion

    private var map: PositionMap { linted.map }
    private var text: SourceText { document.text }
    private var markdown: Bool { document.format == .markdown }
    private var newline: String { text.utf16.contains(0x0D) ? "\r\n" : "\n" }

    /// The actions for the findings overlapping `range`, or named in the
    /// request's context: every fix first, then the disable comments.
    func actions(in range: LSPRange, context: [ClientDiagnostic] = []) -> [CodeAction] {
        let lo = map.reportOffset(range.start)
        let hi = map.reportOffset(range.end)
        var fixes: [CodeAction] = []
        var disables: [CodeAction] = []
        for (i, f) in linted.report.findings.enumerated() {
            let d = linted.diagnostics[i]
            let named = context.contains { $0.range == d.range && $0.code == f.rule && ($0.source ?? "essaylint") == "essaylint" }
            guard named || (f.range.lowerBound <= hi && lo <= f.range.upperBound) else { continue }
            if f.rule == Linter.missingHeadingRule {
                if let a = insertHeading(f, d) { fixes.append(a) }
            } else if !f.isDocumentLevel {
                fixes += replacements(f, d)
            }
            let disable = self.disable(f, d)
            if !disables.contains(where: { $0.title == disable.title && $0.edit == disable.edit }) { disables.append(disable) }
        }
        return fixes + disables
    }

    private func action(_ title: String, _ d: Diagnostic, _ edit: TextEdit, preferred: Bool? = nil) -> CodeAction {
        CodeAction(title: title, kind: "quickfix", diagnostics: [d], isPreferred: preferred,
                   edit: WorkspaceEdit(changes: [document.uri: [edit]]))
    }

    /// The position of an offset in the editor's text.
    private func position(editorOffset: Int) -> Position {
        let p = text.linePosition(of: editorOffset, in: map.encoding.unit)
        return Position(line: p.line, character: p.character)
    }

    private func insert(_ newText: String, at p: Position) -> TextEdit {
        TextEdit(range: LSPRange(start: p, end: p), newText: newText)
    }

    // MARK: suggestions

    private func replacements(_ f: Finding, _ d: Diagnostic) -> [CodeAction] {
        guard let source = linted.report.source, f.suggestionsReplace else { return [] }
        let target = f.suggestionRange ?? f.range
        let old = source.string(target)
        return f.suggestions.enumerated().map { k, suggestion in
            let new = Self.matchingCase(suggestion, of: old)
            return action("Replace “\(old)” with “\(new)”", d, TextEdit(range: map.range(target), newText: new), preferred: k == 0 ? true : nil)
        }
    }

    /// A suggestion with a capital first letter when the text it replaces
    /// starts a sentence with one ("Problems" -> "Goals").
    static func matchingCase(_ suggestion: String, of old: String) -> String {
        guard let o = old.first, o.isUppercase, let s = suggestion.first, s.isLowercase else { return suggestion }
        return s.uppercased() + suggestion.dropFirst()
    }

    // MARK: missing headings

    private func insertHeading(_ f: Finding, _ d: Diagnostic) -> CodeAction? {
        guard let title = f.suggestions.first else { return nil }
        let line = markdown ? "## " + title : title
        let anchor = map.position(f.range.lowerBound)
        // Before the heading of the next competency present (the finding's
        // anchor), else at the end.
        let headingLines = Set((linted.report.stats?.sections ?? []).filter { $0.criterion != nil }.map { $0.line - 1 })
        if headingLines.contains(anchor.line) {
            return action("Add the heading “\(title)”", d, insert(line + newline + newline, at: Position(line: anchor.line, character: 0)),
                          preferred: true)
        }
        let units = text.utf16
        var breaks = 0
        var i = units.count
        while i > 0, breaks < 2, units[i - 1] == 0x0A || units[i - 1] == 0x0D {
            if units[i - 1] == 0x0A, i >= 2, units[i - 2] == 0x0D { i -= 1 }
            i -= 1
            breaks += 1
        }
        let lead = units.isEmpty ? "" : String(repeating: newline, count: 2 - breaks)
        return action("Add the heading “\(title)”", d, insert(lead + line + newline, at: position(editorOffset: units.count)), preferred: true)
    }

    // MARK: disable comments

    private func disable(_ f: Finding, _ d: Diagnostic) -> CodeAction {
        let rule = f.rule
        if f.isDocumentLevel {
            let comment = markdown ? "<!-- essaylint-disable \(rule) -->" : "essaylint-disable \(rule)"
            return action("Disable \(rule) in this document", d, insert(comment + newline, at: Position(line: firstLineAfterFrontMatter(), character: 0)))
        }
        let line = map.position(f.range.lowerBound).line
        if line > 0, let edit = amendedDirective(line: line - 1, rule: rule) {
            return action("Disable \(rule) here", d, edit)
        }
        let content = text.lineText(line + 1)
        let prefix = String(content.prefix { $0 == " " || $0 == "\t" || (markdown && $0 == ">") })
        let comment = markdown ? "<!-- essaylint-disable-next-line \(rule) -->" : "essaylint-disable-next-line \(rule)"
        return action("Disable \(rule) here", d, insert(prefix + comment + newline, at: Position(line: line, character: 0)))
    }

    /// A disable-next-line comment on `line` (0-based) with `rule` added,
    /// as an edit; nil when the line is no such comment.
    private func amendedDirective(line: Int, rule: String) -> TextEdit? {
        let content = text.lineText(line + 1)
        let start = text.lineStarts[line]
        let body = content.drop { $0 == " " || $0 == "\t" || (markdown && $0 == ">") }
        if markdown {
            guard body.hasPrefix("<!--"), body.dropFirst(4).drop(while: { $0 == " " }).hasPrefix("essaylint-disable-next-line"),
                  let close = content.range(of: "-->", options: .backwards) else { return nil }
            var at = content.utf16.distance(from: content.utf16.startIndex, to: close.lowerBound.samePosition(in: content.utf16)!)
            let spaced = content[..<close.lowerBound].hasSuffix(" ")
            if spaced { at -= 1 }
            return insert(" " + rule, at: position(editorOffset: start + at))
        }
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let head = words.first, head.hasSuffix("essaylint-disable-next-line"),
              head.dropLast("essaylint-disable-next-line".count).allSatisfy({ "#/%;-".contains($0) }) else { return nil }
        var end = content.utf16.count
        let units = Array(content.utf16)
        while end > 0, units[end - 1] == 0x20 || units[end - 1] == 0x09 { end -= 1 }
        return insert(" " + rule, at: position(editorOffset: start + end))
    }

    /// The first line after YAML front matter (0 when there is none): a
    /// file-level disable must stand before the first prose, and front
    /// matter must stay first.
    private func firstLineAfterFrontMatter() -> Int {
        guard markdown, text.lineStarts.count > 1, text.lineText(1).trimmingCharacters(in: .whitespaces) == "---" else { return 0 }
        for line in 2...text.lineStarts.count {
            let t = text.lineText(line).trimmingCharacters(in: .whitespaces)
            if t == "---" || t == "..." { return line }
        }
        return 0
    }
}
