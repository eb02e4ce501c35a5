import EssayCore
import EssayText

/// HTML, as Google Docs exports a document (File > Download > Web page), read
/// with libxml2's HTML parser into the same paragraphs as Word files:
/// paragraphs, list items and table cells in order; headings from `h1`–`h6`
/// and the `title` paragraph class; a paragraph that is only bold text (by
/// `b`/`strong`, an inline style, or a class the page's CSS makes bold) as a
/// bold heading; footnotes (`#ftnt` anchors) counted apart; comments
/// (`#cmnt` anchors and the blocks that hold them) and the reference marks
/// "[1]" and "[a]" left out. Other HTML reads the same way, by its elements.
package enum HtmlReader {
    package static func read(bytes: [UInt8], path: String) throws(InputError) -> Document {
        try DocxReader.document(content(of: bytes), path: path, format: .html)
    }

    package static func content(of bytes: [UInt8]) throws(InputError) -> DocxReader.Content {
        // Decoded first, as text files are: invalid UTF-8 is reported with its
        // byte offset, and UTF-16 with a byte order mark is read.
        let source = try SourceText(bytes: bytes)
        let utf8 = Array(source.string(0..<source.count).utf8)
        let collector = HtmlCollector(boldClasses: boldClasses(in: utf8))
        if let failure = Markup.parse(utf8, as: .html, into: collector) {
            throw .invalidEncoding("the HTML cannot be read (\(failure))")
        }
        collector.flush()
        guard collector.paragraphs.contains(where: { !$0.text.isEmpty }) else {
            throw .invalidEncoding("the HTML page has no text in its body")
        }
        return DocxReader.Content(paragraphs: collector.paragraphs, noteWords: collector.noteWords, storedWords: nil)
    }

    /// Classes that the page's style sheets make bold (Google Docs writes
    /// `.c3{font-weight:700}`). Only `.class{…}` rules are read.
    package static func boldClasses(in bytes: [UInt8]) -> Set<String> {
        var classes: Set<String> = []
        var i = 0
        let n = bytes.count
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func starts(_ word: String, at k: Int) -> Bool {
            var j = k
            for c in word.utf8 { guard j < n, lower(bytes[j]) == c else { return false }; j += 1 }
            return true
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), starts("<style", at: i) else { i += 1; continue }
            var open = i
            while open < n, bytes[open] != UInt8(ascii: ">") { open += 1 }
            var end = min(open + 1, n)
            while end < n, !starts("</style", at: end) { end += 1 }
            let css = String(decoding: bytes[min(open + 1, end)..<end], as: UTF8.self)
            for rule in css.split(separator: "}") {
                let parts = rule.split(separator: "{", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let body = parts[1].lowercased().replacingOccurrences(of: " ", with: "")
                guard body.contains("font-weight:700") || body.contains("font-weight:bold") || body.contains("font-weight:800")
                        || body.contains("font-weight:900") else { continue }
                for selector in parts[0].split(separator: ",") {
                    let s = selector.trimmingCharacters(in: .whitespacesAndNewlines)
                    if s.hasPrefix("."), !s.dropFirst().contains(where: { " .:>[#".contains($0) }) { classes.insert(String(s.dropFirst())) }
                }
            }
            i = end + 1
        }
        return classes
    }
}

/// Paragraphs of an HTML body, in order.
package final class HtmlCollector: MarkupHandler {
    package let boldClasses: Set<String>
    package var paragraphs: [DocxReader.Paragraph] = []
    package var noteWords = 0
    package var error: String?

    private static let blocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "div", "blockquote",
                                              "pre", "dt", "dd", "tr", "table", "ul", "ol", "body", "section", "article",
                                              "header", "footer", "hr", "figcaption", "caption"]
    private var text = ""
    private var level: Int?
    private var list = 0
    /// Open table cells: their paragraphs are never headings.
    private var cells = 0
    private var allBold = true
    private var anyText = false
    /// Open inline elements: whether each is bold, and whether its text is left out.
    private var inline: [(name: String, bold: Bool, skip: Bool)] = []
    /// Open `div`s, and whether each holds a comment or a note; a note or
    /// comment outside any `div` marks only its paragraph.
    private var divs: [(comment: Bool, note: Bool)] = []
    private var paragraphMark: (comment: Bool, note: Bool) = (false, false)
    private var depth = 0
    private var noteText = ""

    package init(boldClasses: Set<String>) { self.boldClasses = boldClasses }

    private var inComment: Bool { paragraphMark.comment || divs.contains { $0.comment } }
    private var inNote: Bool { paragraphMark.note || divs.contains { $0.note } }

    package func start(_ name: String, _ attributes: [String: String]) {
        depth += 1
        if depth > 1024 { error = "nested too deeply"; return }
        if Self.blocks.contains(name) {
            flush()
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6": level = Int(String(name.dropFirst()))
            case "p":
                let classes = (attributes["class"] ?? "").split(separator: " ")
                if classes.contains("title") { level = 1 }
            case "li": list += 1
            case "td", "th": cells += 1
            case "div": divs.append((false, false))
            default: break
            }
            return
        }
        if name == "br" { text += " "; return }
        let classes = (attributes["class"] ?? "").split(separator: " ").map(String.init)
        let style = (attributes["style"] ?? "").lowercased().replacingOccurrences(of: " ", with: "")
        let bold = name == "b" || name == "strong" || classes.contains(where: boldClasses.contains)
            || style.contains("font-weight:700") || style.contains("font-weight:bold")
        var skip = false
        if name == "a" {
            let id = attributes["id"] ?? ""
            // Google Docs: "[1]" and "[a]" marks, and the anchors that open a note or a comment.
            if id.hasPrefix("ftnt_ref") || id.hasPrefix("cmnt_ref") {
                skip = true
            } else if id.hasPrefix("cmnt") {
                skip = true
                markEnclosing(comment: true)
            } else if id.hasPrefix("ftnt") {
                skip = true
                markEnclosing(comment: false)
            }
        }
        inline.append((name, bold, skip))
    }

    /// The innermost `div` (or, with none, the current paragraph) holds a comment or a note.
    private func markEnclosing(comment: Bool) {
        if divs.isEmpty {
            if comment { paragraphMark.comment = true } else { paragraphMark.note = true }
        } else if comment {
            divs[divs.count - 1].comment = true
        } else {
            divs[divs.count - 1].note = true
        }
    }

    package func end(_ name: String) {
        depth -= 1
        if Self.blocks.contains(name) {
            flush()
            if name == "li" { list = max(0, list - 1) }
            if name == "td" || name == "th" { cells = max(0, cells - 1) }
            if name == "div", !divs.isEmpty { divs.removeLast() }
            return
        }
        if let k = inline.lastIndex(where: { $0.name == name }) { inline.removeSubrange(k...) }
    }

    package func text(_ string: String) {
        guard !inline.contains(where: { $0.skip }) else { return }
        let clean = string.replacingOccurrences(of: "\u{00A0}", with: " ")
        if inNote { noteText += clean; return }
        if inComment { return }
        text += clean
        if clean.contains(where: { !$0.isWhitespace }) {
            anyText = true
            if !inline.contains(where: { $0.bold }) { allBold = false }
        }
    }

    /// Ends the paragraph being read.
    package func flush() {
        if !noteText.isEmpty {
            noteWords += TextAnalysis.wordProcessorCount(noteText)
            noteText = ""
        }
        let collapsed = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " }).joined(separator: " ")
        if !collapsed.isEmpty {
            paragraphs.append(DocxReader.Paragraph(text: collapsed, headingLevel: cells > 0 ? nil : level.map { min(max($0, 1), 6) },
                                                   bold: cells == 0 && anyText && allBold, listItem: list > 0))
        }
        text = ""
        level = nil
        allBold = true
        anyText = false
        paragraphMark = (false, false)
    }
}
