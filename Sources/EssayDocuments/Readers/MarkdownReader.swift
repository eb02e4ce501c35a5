import Ccmark
import EssayCore
import EssayText

/// Reads CommonMark with the reference parser (cmark). Headings come from ATX
/// and setext headings, from paragraphs that are only bold or italic text, from
/// short standalone lines, and from a lone numbered list item such as
/// `1. Knowledge of Self`. YAML front matter, code, HTML and images are not
/// prose. cmark's inline positions are approximate, so each text node's
/// literal is aligned against the source bytes to find exactly where its
/// characters stand; unmatched bytes (emphasis markers, link destinations,
/// escapes, entity names) become markup.
public struct MarkdownReader: DocumentReader {
    public init() {}

    public func read(_ source: SourceText, path: String) -> Document {
        var state = State(source: source)
        state.run()
        return state.builder.finish(path: path, format: .markdown, source: source)
    }

    package struct State {
        package let source: SourceText
        package var builder: AnalysisTextBuilder
        /// The UTF-8 text handed to cmark (front matter blanked to spaces).
        package var bytes: [UInt8] = []
        /// Where each byte of `bytes` (and the end) stands among the UTF-16 units.
        package var offsetOfByte = SourceText.UTF8Offsets()
        /// Byte offset at which each line of `bytes` starts.
        package var lineStartByte: [Int] = []
        /// Per byte: 0 untouched, 1 prose, 2 non-prose inline (code span, inline HTML).
        package var byteMark: [UInt8] = []

        package init(source: SourceText) {
            self.source = source
            self.builder = AnalysisTextBuilder(source.utf16)
        }

        package mutating func run() {
            var units = source.utf16
            // YAML front matter: '---' on the first line up to a closing '---' or '...'.
            if let fm = MarkdownReader.frontMatterRange(source) {
                builder.excluded.append(ExcludedRegion(kind: .frontMatter, range: fm))
                for i in fm where units[i] != 0x0A && units[i] != 0x0D { units[i] = 0x20 }
            }
            // The UTF-8 for cmark, noting each byte's UTF-16 offset.
            bytes = []
            offsetOfByte = SourceText.UTF8Offsets()
            SourceText.utf8(units[...], into: &bytes, offsets: &offsetOfByte, recordingOffsets: true)
            lineStartByte = [0]
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                i += 1
                if c == 0x0A || (c == 0x0D && (i >= bytes.count || bytes[i] != 0x0A)) { lineStartByte.append(i) }
            }
            byteMark = [UInt8](repeating: 0, count: bytes.count)

            let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) { pointer in
                    cmark_parse_document(pointer, buffer.count, CMARK_OPT_SOURCEPOS)
                }
            }
            guard let document = root else { return }
            defer { cmark_node_free(document) }
            visitChildren(document)
        }

        // MARK: positions

        package func byteOffset(line: Int32, column: Int32) -> Int {
            let l = Int(line) - 1
            guard l >= 0, l < lineStartByte.count else { return bytes.count }
            return min(bytes.count, lineStartByte[l] + max(0, Int(column) - 1))
        }

        /// Byte offset of the end of a 1-based line (before its line break).
        package func lineEndByte(_ line: Int) -> Int {
            guard line >= 1 else { return 0 }
            var end = line < lineStartByte.count ? lineStartByte[line] : bytes.count
            while end > 0, end > lineStartByte[min(line - 1, lineStartByte.count - 1)], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            return end
        }

        package func utf16(_ byte: Int) -> Int { offsetOfByte.unit(ofByte: max(0, min(byte, bytes.count))) }

        package func byteRange(of node: OpaquePointer) -> Range<Int> {
            let startLine = Int(cmark_node_get_start_line(node))
            var endLine = Int(cmark_node_get_end_line(node))
            if let literal = cmark_node_get_literal(node) {
                let newlines = String(cString: literal).utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                endLine = max(endLine, startLine + max(0, newlines - 1))
            }
            endLine = max(endLine, startLine)
            let start = byteOffset(line: Int32(startLine), column: cmark_node_get_start_column(node))
            let end = max(start, lineEndByte(endLine))
            return start..<end
        }

        // MARK: walking

        /// Visits the blocks below `root` in document order, without recursion
        /// (a quote nested fifty thousand deep must not exhaust the stack).
        package mutating func visitChildren(_ root: OpaquePointer) {
            var node = cmark_node_first_child(root)
            while let n = node {
                let descend = visit(n)
                node = MarkdownReader.next(after: n, within: root, descend: descend)
            }
        }

        /// Handles one block; returns whether its children are still to be visited.
        package mutating func visit(_ node: OpaquePointer) -> Bool {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                paragraph(node)
            case CMARK_NODE_HEADING:
                let range = byteRange(of: node)
                alignInlines(node, blockBytes: range)
                let level = Int(cmark_node_get_heading_level(node))
                let isSetext = !(bytes[range.lowerBound...].first == 0x23)
                addBlock(.heading, bytes: range, heading: (level, isSetext ? .setext : .atx))
            case CMARK_NODE_CODE_BLOCK:
                builder.excluded.append(ExcludedRegion(kind: .codeBlock, range: utf16Range(byteRange(of: node))))
            case CMARK_NODE_HTML_BLOCK:
                let range = byteRange(of: node)
                builder.excluded.append(ExcludedRegion(kind: .html, range: utf16Range(range)))
                collectComments(in: range)
            case CMARK_NODE_THEMATIC_BREAK:
                builder.excluded.append(ExcludedRegion(kind: .thematicBreak, range: utf16Range(byteRange(of: node))))
            case CMARK_NODE_LIST:
                return !loneNumberedHeading(node)
            default:
                return true
            }
            return false
        }

        package func utf16Range(_ bytes: Range<Int>) -> Range<Int> { utf16(bytes.lowerBound)..<utf16(bytes.upperBound) }

        package mutating func collectComments(in range: Range<Int>) {
            var i = range.lowerBound
            while i + 4 <= range.upperBound {
                if bytes[i] == 0x3C, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                    var j = i + 4
                    var end = range.upperBound
                    while j + 3 <= range.upperBound {
                        if bytes[j] == 0x2D, bytes[j + 1] == 0x2D, bytes[j + 2] == 0x3E { end = j + 3; break }
                        j += 1
                    }
                    let text = String(decoding: bytes[(i + 4)..<max(i + 4, end - 3)], as: UTF8.self)
                    builder.comments.append(Comment(text: text.trimming(" \t\r\n"), range: utf16(i)..<utf16(end)))
                    i = end
                } else {
                    i += 1
                }
            }
        }

        /// `1. Knowledge of Self` alone in an ordered list, followed by prose:
        /// an applicant's numbered heading, not a list.
        package mutating func loneNumberedHeading(_ list: OpaquePointer) -> Bool {
            guard cmark_node_get_list_type(list) == CMARK_ORDERED_LIST,
                  let item = cmark_node_first_child(list), cmark_node_next(item) == nil,
                  let para = cmark_node_first_child(item), cmark_node_next(para) == nil,
                  cmark_node_get_type(para) == CMARK_NODE_PARAGRAPH,
                  cmark_node_get_start_line(para) == cmark_node_get_end_line(para) else { return false }
            let itemRange = byteRange(of: item)
            let paraRange = byteRange(of: para)
            let line = String(decoding: bytes[itemRange.lowerBound..<paraRange.upperBound], as: UTF8.self)
            guard HeadingHeuristics.isStandaloneHeading(line) else { return false }
            alignInlines(para, blockBytes: paraRange)
            for b in itemRange.lowerBound..<paraRange.lowerBound where bytes[b] != 0x20 && bytes[b] != 0x09 { byteMark[b] = 1 }
            addBlock(.heading, bytes: itemRange.lowerBound..<paraRange.upperBound, heading: (0, .line))
            return true
        }

        package mutating func paragraph(_ node: OpaquePointer) {
            let range = byteRange(of: node)
            alignInlines(node, blockBytes: range)
            let parentType = cmark_node_parent(node).map { cmark_node_get_type($0) }
            let topLevel = parentType == CMARK_NODE_DOCUMENT
            // Children before the first soft or hard line break.
            var firstLine: [OpaquePointer] = []
            var rest: OpaquePointer?
            var child = cmark_node_first_child(node)
            while let c = child {
                let type = cmark_node_get_type(c)
                if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { rest = cmark_node_next(c); break }
                firstLine.append(c)
                child = cmark_node_next(c)
            }
            let emphasisOnly = MarkdownReader.isEmphasisOnly(firstLine)
            let startLine = Int(cmark_node_get_start_line(node))
            // Clamped to the paragraph: cmark's line numbers and ours can part
            // on a lone carriage return among control characters (found by fuzzing).
            let firstLineEnd = min(max(lineEndByte(startLine), range.lowerBound), range.upperBound)
            let firstLineBytes = range.lowerBound..<min(range.upperBound, firstLineEnd)
            let firstLineText = proseText(firstLineBytes)
            if topLevel, let restNode = rest {
                // A heading line directly followed by the paragraph (no blank line between).
                let restStart = min(max(byteOffset(line: cmark_node_get_start_line(restNode), column: cmark_node_get_start_column(restNode)), range.lowerBound), range.upperBound)
                let restText = proseText(restStart..<range.upperBound)
                let looksLikeHeading = emphasisOnly ? HeadingHeuristics.shape(firstLineText) != nil && !HeadingHeuristics.shape(firstLineText)!.endsWithClosingPunctuation
                    : HeadingHeuristics.isLeadingHeading(firstLineText)
                if looksLikeHeading, !PlainTextReader.startsLowercase(restText) {
                    addBlock(.heading, bytes: firstLineBytes, heading: (0, emphasisOnly ? .bold : .line))
                    addBlock(.paragraph, bytes: firstLineEnd..<range.upperBound, heading: nil)
                    return
                }
            }
            if topLevel, rest == nil {
                if emphasisOnly, let shape = HeadingHeuristics.shape(firstLineText), !shape.endsWithClosingPunctuation {
                    addBlock(.heading, bytes: range, heading: (0, .bold))
                    return
                }
                if HeadingHeuristics.isStandaloneHeading(firstLineText) {
                    addBlock(.heading, bytes: range, heading: (0, .line))
                    return
                }
            }
            addBlock(.paragraph, bytes: range, heading: nil)
        }

        /// The prose characters of a byte range, as text.
        package func proseText(_ range: Range<Int>) -> String {
            // Runs of prose bytes at once (a paragraph's first line can be all of it).
            var out: [UInt8] = []
            let end = min(range.upperBound, bytes.count)
            var b = range.lowerBound
            while b < end {
                guard byteMark[b] == 1 else { b += 1; continue }
                var run = b + 1
                while run < end, byteMark[run] == 1 { run += 1 }
                out.append(contentsOf: bytes[b..<run])
                b = run
            }
            return String(decoding: out, as: UTF8.self).trimming(" \t")
        }

        package mutating func addBlock(_ kind: Block.Kind, bytes range: Range<Int>, heading: (level: Int, style: HeadingStyle)?) {
            // Transfer the byte marks of this block to the UTF-16 marks.
            // A run at a time: scalars whose lead bytes carry the same mark, up to a line break.
            var b = range.lowerBound
            while b < range.upperBound {
                let lead = byteMark[b]
                let isBreak = bytes[b] == 0x0A || bytes[b] == 0x0D
                var next = b + 1
                while next < range.upperBound {
                    let c = bytes[next]
                    if c & 0xC0 != 0x80 {  // the next scalar's lead byte
                        if isBreak || c == 0x0A || c == 0x0D || byteMark[next] != lead { break }
                    }
                    next += 1
                }
                if !isBreak {
                    let mark: AnalysisTextBuilder.Mark = lead == 1 ? .prose : lead == 2 ? .nonProse : .markup
                    builder.mark(utf16(b)..<utf16(next), mark)
                }
                b = next
            }
            let units = utf16Range(range)
            if let h = heading {
                guard let trimmed = builder.trimmedProse(units) else { return }
                let text = MarkdownReader.visibleText(builder, trimmed)
                builder.addBlock(.heading, units, heading: Heading(text: text, range: trimmed, level: h.level, style: h.style))
            } else {
                builder.addBlock(.paragraph, units)
            }
        }

        /// Aligns the literal of every text-bearing inline node with the source bytes.
        package mutating func alignInlines(_ block: OpaquePointer, blockBytes: Range<Int>) {
            var cursor = blockBytes.lowerBound
            var node = cmark_node_first_child(block)
            while let c = node {
                let type = cmark_node_get_type(c)
                var descend = false
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                    let hint = byteOffset(line: cmark_node_get_start_line(c), column: cmark_node_get_start_column(c))
                    if cmark_node_get_start_line(c) > 0, hint > cursor, hint < blockBytes.upperBound { cursor = hint }
                    let literal = cmark_node_get_literal(c).map { Array(String(cString: $0).utf8) } ?? []
                    let mark: UInt8 = type == CMARK_NODE_TEXT ? 1 : 2
                    let start = cursor
                    cursor = align(literal, from: cursor, limit: blockBytes.upperBound, mark: mark)
                    if type == CMARK_NODE_HTML_INLINE, literal.starts(with: Array("<!--".utf8)) {
                        collectComments(in: start..<cursor)
                    }
                    if type == CMARK_NODE_CODE {
                        // The backticks around a code span are not prose either.
                        var l = start
                        while l > blockBytes.lowerBound, bytes[l - 1] == 0x60 { l -= 1; byteMark[l] = 2 }
                        var r = cursor
                        while r < blockBytes.upperBound, bytes[r] == 0x60 { byteMark[r] = 2; r += 1 }
                        cursor = r
                    }
                case CMARK_NODE_IMAGE:
                    break  // alt text is not prose
                default:
                    descend = true
                }
                node = MarkdownReader.next(after: c, within: block, descend: descend)
            }
        }

        /// Marks the bytes of `literal` where they stand in order from `start`;
        /// returns the position after the last matched byte.
        package mutating func align(_ literal: [UInt8], from start: Int, limit: Int, mark: UInt8) -> Int {
            // Most literals stand in the source as they are, at the cursor:
            // each scalar would be found where the last one ended.
            let end = start + literal.count
            var verbatim = end <= limit
            var k = 0
            while verbatim, k < literal.count {
                verbatim = literal[k] != 0x0A && bytes[start + k] == literal[k]
                k += 1
            }
            if verbatim {
                for k in start..<end { byteMark[k] = mark }
                return end
            }
            var cursor = start
            var i = 0
            while i < literal.count {
                // One scalar at a time.
                let lead = literal[i]
                let width = min(literal.count - i, lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
                defer { i += width }
                if width == 1, lead == 0x0A { continue }
                let window = min(limit, cursor + 96)
                var p = cursor
                var found = -1
                search: while p + width <= window {
                    defer { p += 1 }
                    guard bytes[p] == lead else { continue }
                    for k in 1..<width where bytes[p + k] != literal[i + k] { continue search }
                    found = p
                    break
                }
                if found >= 0 {
                    for k in found..<(found + width) { byteMark[k] = mark }
                    cursor = found + width
                }
            }
            return cursor
        }
    }

    /// The node after `node` in document order below `root`: its first child
    /// when `descend`, else its next sibling or an ancestor's.
    package static func next(after node: OpaquePointer, within root: OpaquePointer, descend: Bool) -> OpaquePointer? {
        if descend, let child = cmark_node_first_child(node) { return child }
        var current = node
        while current != root {
            if let sibling = cmark_node_next(current) { return sibling }
            guard let parent = cmark_node_parent(current) else { return nil }
            current = parent
        }
        return nil
    }

    package static func isEmphasisOnly(_ nodes: [OpaquePointer]) -> Bool {
        var emphasis = 0
        for node in nodes {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_STRONG || type == CMARK_NODE_EMPH {
                emphasis += 1
            } else if type == CMARK_NODE_TEXT {
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if !literal.trimming(" \t:").isEmpty { return false }
            } else {
                return false
            }
        }
        return emphasis == 1
    }

    package static func visibleText(_ builder: AnalysisTextBuilder, _ range: Range<Int>) -> String {
        var units: [UInt16] = []
        var lastSpace = false
        for i in range {
            guard builder.marks[i] == .prose else { continue }
            let u = builder.source[i]
            if u == 0x0A || u == 0x0D || u == 0x09 || u == 0x20 {
                if !lastSpace { units.append(0x20) }
                lastSpace = true
            } else {
                units.append(u)
                lastSpace = false
            }
        }
        return SourceText.string(units)
    }

    package static func frontMatterRange(_ source: SourceText) -> Range<Int>? {
        guard source.lineStarts.count >= 2, source.lineText(1).trimming(" \t") == "---" else { return nil }
        for line in 2...source.lineStarts.count {
            let text = source.lineText(line).trimming(" \t")
            if text == "---" || text == "..." {
                let end = line < source.lineStarts.count ? source.lineStarts[line] : source.count
                return 0..<end
            }
        }
        return nil
    }
}
