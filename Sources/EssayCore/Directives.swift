/// An inline instruction to essaylint: `<!-- essaylint-disable rule-id … -->`,
/// `<!-- essaylint-enable … -->` and `<!-- essaylint-disable-next-line … -->`
/// in Markdown; the same words on a line of their own in plain text
/// (optionally behind `#`, `//`, `%` or `;`). No rule id means every rule.
public struct Directive: Sendable, Hashable {
    public enum Kind: String, Sendable { case disable, enable, disableNextLine = "disable-next-line" }
    public var kind: Kind
    /// Empty: every rule.
    public var rules: [String]
    /// Where the comment stands.
    public var range: Range<Int>
}

/// The directives of a document and what they silence.
public struct Suppressions: Sendable {
    public let directives: [Directive]
    /// For next-line directives: the UTF-16 range of the line they silence.
    package let nextLines: [(Directive, Range<Int>)]
    /// Offset of the first prose character: a `disable` before it covers
    /// findings about the whole document too.
    package let firstProse: Int

    public init(document: Document) {
        var directives: [Directive] = []
        for comment in document.comments {
            var text = Substring(comment.text)
            for prefix in ["//", "#", "%", ";", "--"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count); break }
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\n" || $0 == "\r" })
            guard let head = words.first, head.hasPrefix("essaylint-") else { continue }
            let kind: Directive.Kind
            switch head {
            case "essaylint-disable": kind = .disable
            case "essaylint-enable": kind = .enable
            case "essaylint-disable-next-line": kind = .disableNextLine
            default: continue
            }
            let rules = words.dropFirst().map(String.init).filter { $0 != "--" }
            directives.append(Directive(kind: kind, rules: rules, range: comment.range))
        }
        self.directives = directives.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let source = document.source
        var lines: [(Directive, Range<Int>)] = []
        for d in self.directives where d.kind == .disableNextLine {
            // The next line that holds anything but white space.
            var line = source.lineIndex(of: max(d.range.lowerBound, d.range.upperBound - 1)) + 1
            while line < source.lineStarts.count {
                let start = source.lineStarts[line]
                let end = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] : source.count
                if source.utf16[start..<end].contains(where: { !isSpace($0) }) {
                    lines.append((d, start..<end))
                    break
                }
                line += 1
            }
        }
        nextLines = lines
        firstProse = document.blocks.first?.range.lowerBound ?? source.count
    }

    /// Is this finding silenced?
    public func suppresses(_ finding: Finding) -> Bool {
        guard !directives.isEmpty else { return false }
        func names(_ d: Directive) -> Bool { d.rules.isEmpty || d.rules.contains(finding.rule) }
        if finding.isDocumentLevel {
            // A file-level disable: before any prose.
            return directives.contains { $0.kind == .disable && $0.range.upperBound <= firstProse && names($0) }
                && !directives.contains { $0.kind == .enable && names($0) }
        }
        let offset = finding.range.lowerBound
        for (d, line) in nextLines where names(d) && line.contains(offset) { return true }
        var disabled = false
        for d in directives where d.range.upperBound <= offset {
            switch d.kind {
            case .disable where names(d): disabled = true
            case .enable where names(d): disabled = false
            default: break
            }
        }
        return disabled
    }
}
