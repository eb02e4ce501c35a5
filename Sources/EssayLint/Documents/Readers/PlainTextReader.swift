/// Reads plain text: paragraphs are separated by blank lines (or, in text
/// pasted from a word processor, one paragraph a line); a heading is a short
/// standalone line without closing punctuation, or a line written with
/// Markdown-style `#` or `**` markers. Lines that are essaylint directives
/// (`essaylint-disable…`) are comments, not prose.
public struct PlainTextReader: DocumentReader {
    public init() {}

    struct Line {
        var range: Range<Int>      // without the line break
        var text: String
        var blank: Bool
    }

    public func read(_ source: SourceText, path: String) -> Document {
        var builder = AnalysisTextBuilder(source.utf16)
        let units = source.utf16
        var lines: [Line] = []
        lines.reserveCapacity(source.lineStarts.count)
        for (index, start) in source.lineStarts.enumerated() {
            var end = index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] : units.count
            while end > start, units[end - 1] == 0x0A || units[end - 1] == 0x0D { end -= 1 }
            let text = String(decoding: units[start..<end], as: UTF16.self)
            let blank = units[start..<end].allSatisfy { isSpace($0) }
            lines.append(Line(range: start..<end, text: text, blank: blank))
        }
        // Long unwrapped lines mean one paragraph per line (text pasted from a word processor).
        let contentLines = lines.filter { !$0.blank }
        let longLines = contentLines.filter { $0.text.count > 100 }.count
        let unwrapped = !contentLines.isEmpty && longLines * 3 >= contentLines.count

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
            let trimmed = line.text.trimming(" \t")
            if PlainTextReader.isDirective(trimmed) {
                closeParagraph(&builder)
                builder.comments.append(Comment(text: trimmed, range: line.range))
                builder.excluded.append(ExcludedRegion(kind: .comment, range: line.range))
                previousEndsSentence = true
                continue
            }
            let nextLine = i + 1 < lines.count ? lines[i + 1] : nil
            let standalone = (paragraphStart == nil) && (nextLine == nil || nextLine!.blank)
            if let heading = markedHeading(line) {
                closeParagraph(&builder)
                builder.mark(heading.content, .prose)
                builder.mark(line.range.lowerBound..<heading.content.lowerBound, .markup)
                builder.mark(heading.content.upperBound..<line.range.upperBound, .markup)
                builder.addBlock(.heading, heading.content, heading: Heading(text: "", range: heading.content, level: heading.level, style: heading.style))
                fixHeadingText(&builder)
                previousEndsSentence = true
                continue
            }
            let nextStartsLower = nextLine.map { PlainTextReader.startsLowercase($0.text) } ?? false
            let canStart = paragraphStart == nil || previousEndsSentence
            let isHeading: Bool
            if standalone {
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
            if paragraphStart != nil, unwrapped, previousEndsSentence {
                closeParagraph(&builder)
            }
            if paragraphStart == nil { paragraphStart = line.range.lowerBound }
            paragraphEnd = line.range.upperBound
            previousEndsSentence = PlainTextReader.endsSentence(trimmed)
        }
        closeParagraph(&builder)
        return builder.finish(path: path, format: .text, source: source)
    }

    /// Sets the text of the heading just added from its (trimmed) range.
    private func fixHeadingText(_ builder: inout AnalysisTextBuilder) {
        guard let index = builder.headings.indices.last else { return }
        let range = builder.headings[index].range
        builder.headings[index].text = String(decoding: builder.source[range], as: UTF16.self)
    }

    /// `# Title`, `## Title` or `**Title**` typed into a text file.
    private func markedHeading(_ line: Line) -> (content: Range<Int>, level: Int, style: HeadingStyle)? {
        let units = Array(line.text.utf16)
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
            let inner = String(decoding: units[(i + 2)..<(end - 2)], as: UTF16.self)
            guard !inner.contains("**"), HeadingHeuristics.shape(inner) != nil else { return nil }
            return (line.range.lowerBound + i + 2..<line.range.lowerBound + end - 2, 0, .bold)
        }
        return nil
    }

    static func isDirective(_ line: String) -> Bool {
        var text = Substring(line)
        for prefix in ["//", "#", "%", ";", "--"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        return text.trimming(" \t").hasPrefix("essaylint-")
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return true }
        return [".", "!", "?", ":", "\"", "”", "’", ")", "…"].contains(last)
    }

    static func startsLowercase(_ line: String) -> Bool {
        for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
            return scalar.properties.isLowercase
        }
        return false
    }
}
