import EssayCore
import EssayText

/// Reads plain text: paragraphs are separated by blank lines (or, in text
/// pasted from a word processor, one paragraph a line), and a list item
/// ("- ", "* ", "1. ") starts one of its own; a heading is a short
/// standalone line without closing punctuation, or a line written with
/// Markdown-style `#` or `**` markers. Lines that are essaylint directives
/// (`essaylint-disable…`) are comments, not prose.
public struct PlainTextReader: DocumentReader {
    public init() {}

    package struct Line {
        package var range: Range<Int>      // without the line break
        package var blank: Bool
        /// The line's text, made only for lines that could be headings or directives.
        package func text(_ units: [UInt16]) -> String { SourceText.string(units[range]) }
    }

    public func read(_ source: SourceText, path: String) -> Document {
        var builder = AnalysisTextBuilder(source.utf16)
        let units = source.utf16
        var lines: [Line] = []
        lines.reserveCapacity(source.lineStarts.count)
        var contentLines = 0
        var longLines = 0
        for (index, start) in source.lineStarts.enumerated() {
            var end = index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] : units.count
            while end > start, units[end - 1] == 0x0A || units[end - 1] == 0x0D { end -= 1 }
            var blank = true
            for i in start..<end where !isSpace(units[i]) { blank = false; break }
            lines.append(Line(range: start..<end, blank: blank))
            if !blank {
                contentLines += 1
                if end - start > 100 { longLines += 1 }
            }
        }
        // Long unwrapped lines mean one paragraph per line (text pasted from a word processor).
        let unwrapped = contentLines > 0 && longLines * 3 >= contentLines

        var paragraphStart: Int?
        var paragraphEnd = 0
        func closeParagraph(_ builder: inout AnalysisTextBuilder) {
            if let start = paragraphStart {
                builder.mark(start..<paragraphEnd, .prose)
                builder.addBlock(.paragraph, start..<paragraphEnd)
            }
            paragraphStart = nil
        }

        var previousEndsSentence = true
        for (i, line) in lines.enumerated() {
            if line.blank {
                closeParagraph(&builder)
                previousEndsSentence = true
                continue
            }
            let lastUnit = PlainTextReader.lastVisibleUnit(units, line.range)
            // Only a short line, or one that may be a directive, is looked at as text.
            let directive = PlainTextReader.startsDirective(units, line.range)
            let mayBeSpecial = line.range.count <= HeadingHeuristics.maxCharacters + 8 || directive
            let trimmed = mayBeSpecial ? line.text(units).trimming(" \t") : ""
            if directive, PlainTextReader.isDirective(trimmed) {
                closeParagraph(&builder)
                builder.comments.append(Comment(text: trimmed, range: line.range))
                builder.excluded.append(ExcludedRegion(kind: .comment, range: line.range))
                previousEndsSentence = true
                continue
            }
            let nextLine = i + 1 < lines.count ? lines[i + 1] : nil
            let standalone = (paragraphStart == nil) && (nextLine == nil || nextLine!.blank)
            if mayBeSpecial, let heading = markedHeading(line, units) {
                closeParagraph(&builder)
                builder.mark(heading.content, .prose)
                builder.mark(line.range.lowerBound..<heading.content.lowerBound, .markup)
                builder.mark(heading.content.upperBound..<line.range.upperBound, .markup)
                builder.addBlock(.heading, heading.content, heading: Heading(text: "", range: heading.content, level: heading.level, style: heading.style))
                fixHeadingText(&builder)
                previousEndsSentence = true
                continue
            }
            let nextStartsLower = nextLine.map { PlainTextReader.startsLowercase(units, $0.range) } ?? false
            let canStart = paragraphStart == nil || previousEndsSentence
            let isHeading: Bool
            if !mayBeSpecial || (PlainTextReader.closing.contains(lastUnit) && !(lastUnit == 0x2E && standalone)) {
                isHeading = false
            } else if standalone {
                isHeading = HeadingHeuristics.isStandaloneHeading(trimmed)
            } else {
                isHeading = canStart && !nextStartsLower && HeadingHeuristics.isLeadingHeading(trimmed)
            }
            if isHeading {
                closeParagraph(&builder)
                builder.mark(line.range, .prose)
                builder.addBlock(.heading, line.range, heading: Heading(text: "", range: line.range, level: 0, style: .line))
                fixHeadingText(&builder)
                previousEndsSentence = true
                continue
            }
            // A list item starts a block of its own: joined to the line before, "- " after a full stop reads on as
            // one sentence ("… what we lack. - These are …").
            if paragraphStart != nil, unwrapped && previousEndsSentence || PlainTextReader.startsListItem(units, line.range) {
                closeParagraph(&builder)
            }
            if paragraphStart == nil { paragraphStart = line.range.lowerBound }
            paragraphEnd = line.range.upperBound
            previousEndsSentence = PlainTextReader.sentenceEnds.contains(lastUnit)
        }
        closeParagraph(&builder)
        return builder.finish(path: path, format: .text, source: source)
    }

    /// Sets the text of the heading just added from its (trimmed) range.
    private func fixHeadingText(_ builder: inout AnalysisTextBuilder) {
        guard let index = builder.headings.indices.last else { return }
        let range = builder.headings[index].range
        builder.headings[index].text = SourceText.string(builder.source[range])
    }

    /// `# Title`, `## Title` or `**Title**` typed into a text file.
    private func markedHeading(_ line: Line, _ all: [UInt16]) -> (content: Range<Int>, level: Int, style: HeadingStyle)? {
        let units = Array(all[line.range])
        var i = 0
        while i < units.count, units[i] == 0x20 || units[i] == 0x09 { i += 1 }
        let indent = i
        var hashes = 0
        while i < units.count, units[i] == 0x23 { hashes += 1; i += 1 }
        if hashes >= 1, hashes <= 6, i < units.count, units[i] == 0x20 || units[i] == 0x09 {
            var end = units.count
            while end > i, units[end - 1] == 0x23 || units[end - 1] == 0x20 { end -= 1 }
            guard end > i else { return nil }
            return (line.range.lowerBound + i..<line.range.lowerBound + end, hashes, .atx)
        }
        i = indent
        var end = units.count
        while end > i, units[end - 1] == 0x20 || units[end - 1] == 0x09 { end -= 1 }
        if end - i > 4, units[i] == 0x2A, units[i + 1] == 0x2A, units[end - 1] == 0x2A, units[end - 2] == 0x2A {
            let inner = SourceText.string(units[(i + 2)..<(end - 2)])
            guard !inner.contains("**"), HeadingHeuristics.shape(inner) != nil else { return nil }
            return (line.range.lowerBound + i + 2..<line.range.lowerBound + end - 2, 0, .bold)
        }
        return nil
    }

    package static func isDirective(_ line: String) -> Bool {
        var text = Substring(line)
        for prefix in ["//", "#", "%", ";", "--"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        return text.trimming(" \t").hasPrefix("essaylint-")
    }

    /// Units that end a sentence at the end of a line: . ! ? : " ” ’ ) …
    package static let sentenceEnds: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x201D, 0x2019, 0x29, 0x2026, 0]
    /// Units that close a sentence or clause: a line ending so is no heading.
    package static let closing: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x2C, 0x3B, 0x2026]

    /// The last non-space unit of a range (0 when there is none).
    package static func lastVisibleUnit(_ units: [UInt16], _ range: Range<Int>) -> UInt16 {
        var i = range.upperBound
        while i > range.lowerBound {
            i -= 1
            if !isSpace(units[i]) { return units[i] }
        }
        return 0
    }

    package static func startsDirective(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, isSpace(units[i]) || units[i] == 0x2F || units[i] == 0x23 || units[i] == 0x25 || units[i] == 0x3B || units[i] == 0x2D { i += 1 }
        let prefix = directivePrefix
        return range.upperBound - i >= prefix.count && units[i..<(i + prefix.count)].elementsEqual(prefix)
    }
    private static let directivePrefix = Array("essaylint-".utf16)

    /// A line that opens with a list marker: "- ", "* ", "• ", "– ", "1. " or "1) ".
    package static func startsListItem(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, units[i] == 0x20 || units[i] == 0x09 { i += 1 }
        guard i + 1 < range.upperBound else { return false }
        if [0x2D, 0x2A, 0x2022, 0x2013].contains(units[i]) { return units[i + 1] == 0x20 || units[i + 1] == 0x09 }
        var d = i
        while d < range.upperBound, d - i < 3, units[d] >= 0x30 && units[d] <= 0x39 { d += 1 }
        return d > i && d + 1 < range.upperBound && (units[d] == 0x2E || units[d] == 0x29) && units[d + 1] == 0x20
    }

    package static func startsLowercase(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        for u in units[range] {
            if u >= 0x61 && u <= 0x7A { return true }
            if u >= 0x41 && u <= 0x5A { return false }
            if u >= 0xC0 {
                return SourceText.string(units[range]).unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isLowercase ?? false
            }
        }
        return false
    }

    package static func startsLowercase(_ line: String) -> Bool {
        for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
            return scalar.properties.isLowercase
        }
        return false
    }
}
